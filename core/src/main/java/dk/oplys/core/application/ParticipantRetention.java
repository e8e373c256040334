package dk.oplys.core.application;

import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Set;

/** The person last: identity, address, contact, CPR ciphertext and hash, and their ended legal holds. */
@ApplicationScoped
public class ParticipantRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Set<String> tables() {
        return Set.of("participant", "legal_hold");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        return Sql.update(em, "DELETE FROM legal_hold WHERE participant_id IN (:ids)", participantIds)
                + em.createNativeQuery("DELETE FROM participant WHERE id IN (:ids) AND school_id = :school")
                .setParameter("ids", participantIds).setParameter("school", schoolId).executeUpdate();
    }
}
