package dk.oplys.core.application.teaching;

import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Attendance is subsidy evidence: it has no clock of its own and goes with the person (rule
 * PARTICIPANT, bookkeeping retention). Its rows reference enrolments, so they go first.
 */
@ApplicationScoped
public class TeachingRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Set<String> tables() {
        return Set.of("attendance", "attendance_change");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        List<Long> enrolments = Sql.ids(em, "SELECT e.id FROM enrolment e WHERE e.participant_id IN (:ids)",
                participantIds);
        return Sql.update(em, "DELETE FROM attendance_change WHERE enrolment_id IN (:ids)", enrolments)
                + Sql.update(em, "DELETE FROM attendance WHERE enrolment_id IN (:ids)", enrolments);
    }
}
