package dk.oplys.core.application.reporting;

import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;

/**
 * Municipal reports hold persons only as report lines (participant id and figures). An erased
 * person's lines go; the report itself (key, version, period, content hash, receipt) stays as the
 * school's record of what it reported, and the municipality keeps its own copy. The disclosure log
 * of the deliveries is retained by the disclosure area.
 */
@ApplicationScoped
public class ReportingRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Set<String> tables() {
        return Set.of("municipal_report_line");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return Sql.update(em, "DELETE FROM municipal_report_line WHERE participant_id IN (:ids) "
                + "AND report_id IN (SELECT r.id FROM municipal_report r WHERE r.school_id = " + schoolId + ")",
                participantIds);
    }
}
