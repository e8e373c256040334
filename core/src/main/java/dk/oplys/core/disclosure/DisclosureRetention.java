package dk.oplys.core.disclosure;

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
 * An erased person leaves the disclosure log (the entry stays for the others it names); whole
 * entries go after the log's own period, unless they name a held person.
 */
@ApplicationScoped
public class DisclosureRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> tables() {
        return Set.of("disclosure", "disclosure_person");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return Sql.update(em, "DELETE FROM disclosure_person WHERE participant_id IN (:ids)", participantIds);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(DataKinds.DISCLOSURE_LOG);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        List<Long> due = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT d.id FROM disclosure d "
                        + "WHERE d.school_id = :school AND d.disclosed_at < :cutoff AND NOT EXISTS (SELECT 1 FROM "
                        + "disclosure_person dp WHERE dp.disclosure_id = d.id AND NOT " + PurgeScope.notHeld("dp.participant_id")
                        + ") ORDER BY d.id"))
                .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return Sql.update(em, "DELETE FROM disclosure_person WHERE disclosure_id IN (:ids)", due)
                + Sql.update(em, "DELETE FROM disclosure WHERE id IN (:ids)", due);
    }
}
