package dk.oplys.core.application;

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
 * Consents and the voluntary information resting on them. Withdrawing the supplementary-information
 * consent already deletes its data at once; the rules here are the safety net, and the newsletter
 * subscription (its withdrawn consent record) goes when its rule says.
 */
@ApplicationScoped
public class ConsentRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> tables() {
        return Set.of("consent", "supplementary_info");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return Sql.update(em, "DELETE FROM supplementary_info WHERE participant_id IN (:ids)", participantIds)
                + Sql.update(em, "DELETE FROM consent WHERE participant_id IN (:ids)", participantIds);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.SUPPLEMENTARY_INFO, DataKinds.NEWSLETTER);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        if (DataKinds.NEWSLETTER.equals(kind)) {
            List<Long> withdrawn = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT c.id FROM consent c "
                            + "WHERE c.school_id = :school AND c.purpose = 'NEWSLETTER' AND c.withdrawn_at < :cutoff AND "
                            + PurgeScope.notHeld("c.participant_id") + " ORDER BY c.id"))
                    .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
            return Sql.update(em, "DELETE FROM consent WHERE id IN (:ids)", withdrawn);
        }
        // The withdrawn consent record stays (proof of what was agreed and when it ended); the data goes.
        List<Long> withData = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT s.consent_id FROM supplementary_info s "
                        + "JOIN consent c ON c.id = s.consent_id WHERE c.school_id = :school AND c.withdrawn_at < :cutoff AND "
                        + PurgeScope.notHeld("c.participant_id") + " ORDER BY s.consent_id"))
                .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return Sql.update(em, "DELETE FROM supplementary_info WHERE consent_id IN (:ids)", withData);
    }
}
