package dk.oplys.core.audit;

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
 * The audit log (who touched whose data, and logins) is kept for its own period, at most five
 * years, also after the person it names is erased: it holds ids and purposes only, and it is the
 * record that the erasure and earlier look-ups happened.
 */
@ApplicationScoped
public class AuditRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_entry");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return 0;
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.AUDIT_LOG);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> due = Sql.ids(em.createNativeQuery("SELECT a.id FROM audit_entry a WHERE a.school_id = :school "
                        + "AND a.occurred_at < :cutoff ORDER BY a.id")
                .setParameter("school", scope.schoolId()).setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return Sql.update(em, "DELETE FROM audit_entry WHERE id IN (:ids)", due);
    }
}
