package dk.oplys.core.dsr;

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
 * The request register keeps that a request was made and answered, but an erased person's id and
 * own words leave it; login links and sessions go with the person and after a week anyway.
 */
@ApplicationScoped
public class DsrRetention implements RetentionTarget {

    static final String REQUESTS = "DATA_SUBJECT_REQUEST";
    static final String LOGINS = "SELF_SERVICE_LOGIN";

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<String> tables() {
        return Set.of("data_subject_request", "self_login_link", "self_session");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        return Sql.update(em, "UPDATE data_subject_request SET participant_id = NULL, details = NULL "
                        + "WHERE participant_id IN (:ids)", participantIds)
                + Sql.update(em, "DELETE FROM self_login_link WHERE participant_id IN (:ids)", participantIds)
                + Sql.update(em, "DELETE FROM self_session WHERE participant_id IN (:ids)", participantIds);
    }

    @Override
    public Set<String> ownKinds() {
        return Set.of(REQUESTS, LOGINS);
    }

    @Override
    public int purgeDue(String kind, PurgeScope scope, int limit) {
        if (LOGINS.equals(kind)) {
            List<Long> links = Sql.ids(em.createNativeQuery("SELECT id FROM self_login_link WHERE school_id = :s "
                    + "AND created_at < :cutoff ORDER BY id").setParameter("s", scope.schoolId())
                    .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
            List<Long> sessions = Sql.ids(em.createNativeQuery("SELECT id FROM self_session WHERE school_id = :s "
                    + "AND created_at < :cutoff ORDER BY id").setParameter("s", scope.schoolId())
                    .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
            return Sql.update(em, "DELETE FROM self_login_link WHERE id IN (:ids)", links)
                    + Sql.update(em, "DELETE FROM self_session WHERE id IN (:ids)", sessions);
        }
        List<Long> due = Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT r.id FROM data_subject_request r "
                        + "WHERE r.school_id = :school AND r.answered_at IS NOT NULL AND r.received_at < :cutoff AND "
                        + "(r.participant_id IS NULL OR " + PurgeScope.notHeld("r.participant_id") + ") ORDER BY r.id"))
                .setParameter("cutoff", scope.cutoffInstant()).setMaxResults(limit));
        return Sql.update(em, "DELETE FROM data_subject_request WHERE id IN (:ids)", due);
    }
}
