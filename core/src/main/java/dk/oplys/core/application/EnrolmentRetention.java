package dk.oplys.core.application;

import dk.oplys.core.application.mail.MailRetention;
import dk.oplys.core.retention.DataKinds;
import dk.oplys.core.retention.PersonEraser;
import dk.oplys.core.retention.PurgeScope;
import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Enrolments with their course-field answers and idempotency keys go with the person. Waiting-list
 * entries and sign-ups that never got a seat have their own, short clock from the course's start;
 * a person left with nothing else (no enrolment, no invoice, no active consent) goes with them.
 */
@ApplicationScoped
public class EnrolmentRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private MailRetention mail;

    @Inject
    private PersonEraser eraser;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<String> tables() {
        return Set.of("enrolment", "enrolment_field_value", "idempotency_key");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        List<Long> enrolments = Sql.ids(em, "SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids)", participantIds);
        return deleteEnrolments(enrolments);
    }

    private int deleteEnrolments(List<Long> enrolments) {
        return Sql.update(em, "DELETE FROM enrolment_field_value WHERE enrolment_id IN (:ids)", enrolments)
                + Sql.update(em, "DELETE FROM idempotency_key WHERE enrolment_id IN (:ids)", enrolments)
                + Sql.update(em, "DELETE FROM enrolment WHERE id IN (:ids)", enrolments);
    }

    /** Deletes these enrolments, which have no invoice, with their mails, declarations and answers. */
    public int deleteEntries(List<Long> enrolmentIds) {
        return mail.deleteNotifications(Sql.ids(em, "SELECT n.id FROM notification n WHERE n.enrolment_id IN (:ids)",
                enrolmentIds))
                + Sql.update(em, "DELETE FROM reduced_fee_declaration WHERE enrolment_id IN (:ids)", enrolmentIds)
                + deleteEnrolments(enrolmentIds);
    }

    /** The person's waiting-list entries and sign-ups that never got a seat and were never invoiced. */
    public List<Long> unseated(long participantId) {
        return Sql.ids(em.createNativeQuery("SELECT e.id FROM enrolment e WHERE e.participant_id = :p "
                + "AND e.confirmed_at IS NULL AND e.status IN ('WAITING', 'CANCELLED') "
                + "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.enrolment_id = e.id)").setParameter("p", participantId));
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.WAITING_LIST);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> due = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT e.id FROM enrolment e "
                        + "WHERE e.school_id = :school AND e.confirmed_at IS NULL AND e.status IN ('WAITING', 'CANCELLED') "
                        + "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.enrolment_id = e.id) "
                        + "AND (SELECT MIN(l.lesson_date) FROM lesson l WHERE l.course_id = e.course_id) < :cutoff "
                        + "AND " + PurgeScope.notHeld("e.participant_id") + " ORDER BY e.id"))
                .setParameter("cutoff", scope.cutoff().date()).setMaxResults(limit));
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> persons = Sql.ids(em, "SELECT DISTINCT e.participant_id FROM enrolment e WHERE e.id IN (:ids)", due);
        int rows = deleteEntries(due);
        List<Long> leftWithNothing = Sql.ids(em, "SELECT p.id FROM participant p WHERE p.id IN (:ids) "
                + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM payer y JOIN invoice i ON i.payer_id = y.id WHERE y.participant_id = p.id) "
                + "AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id AND c.withdrawn_at IS NULL)", persons);
        rows += eraser.erase(scope.schoolId(), leftWithNothing, DataKinds.WAITING_LIST, "RULE");
        return rows;
    }
}
