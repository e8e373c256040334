package dk.oplys.core.application.support;

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

/** Support cases name one person: they go with the person, and ended cases after their own period. */
@ApplicationScoped
public class SupportRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> tables() {
        return Set.of("support_case");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return Sql.update(em, "DELETE FROM support_case WHERE participant_id IN (:ids)", participantIds);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.SUPPORT_CASE);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> due = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT c.id FROM support_case c "
                        + "WHERE c.school_id = :school AND c.opened_at < :cutoff AND c.ends_at < :cutoff AND "
                        + PurgeScope.notHeld("c.participant_id") + " ORDER BY c.id"))
                .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return Sql.update(em, "DELETE FROM support_case WHERE id IN (:ids)", due);
    }
}
