package dk.oplys.core.application.mail;

import dk.oplys.core.retention.DataKinds;
import dk.oplys.core.retention.PurgeScope;
import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The mail outbox (notifications) and the log of what was sent: erased with the person, and sent mail after its own period. */
@ApplicationScoped
public class MailRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<String> tables() {
        return Set.of("notification", "mail_log");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        List<Long> notifications = Sql.ids(em, "SELECT n.id FROM notification n JOIN enrolment e ON e.id = n.enrolment_id "
                + "WHERE e.participant_id IN (:ids)", participantIds);
        return deleteNotifications(notifications);
    }

    /** Deletes these notifications and their mail-log rows (also used when waiting-list entries go). */
    public int deleteNotifications(Collection<Long> notificationIds) {
        return Sql.update(em, "DELETE FROM mail_log WHERE notification_id IN (:ids)", notificationIds)
                + Sql.update(em, "DELETE FROM notification WHERE id IN (:ids)", notificationIds);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.OUTBOX_MAIL);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> due = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT n.id FROM notification n "
                        + "JOIN enrolment e ON e.id = n.enrolment_id WHERE n.school_id = :school AND n.sent_at IS NOT NULL "
                        + "AND n.created_at < :cutoff AND " + PurgeScope.notHeld("e.participant_id") + " ORDER BY n.id"))
                .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return deleteNotifications(due);
    }
}
