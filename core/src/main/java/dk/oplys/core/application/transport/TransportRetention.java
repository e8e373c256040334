package dk.oplys.core.application.transport;

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

/**
 * Transport needs have their own clock (rule TRANSPORT: from the course's last lesson, default 30
 * days): then the course's needs are deleted and its kept schedule versions emptied (their rows
 * and change lines name passengers; the version numbers, dates and the disclosure log stay). A
 * person's erasure deletes their needs and empties the versions of their courses.
 */
@ApplicationScoped
public class TransportRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Set<String> tables() {
        return Set.of("transport_need", "transport_schedule");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        List<Long> enrolments = Sql.ids(em, "SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids)",
                participantIds);
        List<Long> courses = Sql.ids(em, "SELECT DISTINCT e.course_id FROM enrolment e WHERE e.id IN (:ids) "
                + "AND EXISTS (SELECT 1 FROM transport_schedule s WHERE s.course_id = e.course_id)", enrolments);
        return Sql.update(em, "DELETE FROM transport_need WHERE enrolment_id IN (:ids)", enrolments) + empty(courses);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.TRANSPORT);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> courses = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT c.id FROM course c "
                        + "WHERE c.school_id = :school AND (SELECT MAX(l.lesson_date) FROM lesson l WHERE l.course_id = c.id) "
                        + "< :cutoff AND (EXISTS (SELECT 1 FROM transport_need n JOIN enrolment e ON e.id = n.enrolment_id "
                        + "WHERE e.course_id = c.id AND " + PurgeScope.notHeld("e.participant_id") + ") "
                        + "OR EXISTS (SELECT 1 FROM transport_schedule s WHERE s.course_id = c.id AND s.content <> :purged)) "
                        + "AND NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.school_id = :school AND h.released_at IS NULL "
                        + "AND h.ends_on >= :today AND h.course_id = c.id) ORDER BY c.id"))
                .setParameter("cutoff", scope.cutoff().date()).setParameter("purged", SchedulePlanner.purgedContent())
                .setMaxResults(limit));
        if (courses.isEmpty()) {
            return 0;
        }
        List<Long> needs = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT n.id FROM transport_need n "
                + "JOIN enrolment e ON e.id = n.enrolment_id WHERE e.course_id IN (:ids) AND "
                + PurgeScope.notHeld("e.participant_id"))).setParameter("ids", courses));
        return Sql.update(em, "DELETE FROM transport_need WHERE id IN (:ids)", needs) + empty(courses);
    }

    private int empty(List<Long> courses) {
        if (courses.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE transport_schedule SET content = :purged, changes = :note "
                        + "WHERE course_id IN (:ids) AND content <> :purged")
                .setParameter("purged", SchedulePlanner.purgedContent())
                .setParameter("note", "Slettet efter opbevaringsreglen for kørsel.").setParameter("ids", courses)
                .executeUpdate();
    }
}
