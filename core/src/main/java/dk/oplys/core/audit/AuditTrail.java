package dk.oplys.core.audit;

import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit entries in the caller's transaction, so an entry exists exactly when the access
 * it describes took effect. Records ids and purposes, never values.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppClock clock;

    public void record(Long schoolId, AuditAction action, String subjectType, Long subjectId, Purpose purpose) {
        em.persist(new AuditEntry(schoolId, clock.now(), currentUser.actor(), action, subjectType, subjectId,
                purpose, "OK"));
    }

    /**
     * For callers that are not a logged-in user or participant: the payment provider's callback,
     * timers and jobs. {@code outcome} is "OK" or a short refusal code such as "REJECTED".
     */
    public void recordAs(String actor, Long schoolId, AuditAction action, String subjectType, Long subjectId,
                         Purpose purpose, String outcome) {
        em.persist(new AuditEntry(schoolId, clock.now(), actor, action, subjectType, subjectId, purpose, outcome));
    }

    /** One entry for a search: the subject id is empty, the number of hits is not recorded either. */
    public void search(Long schoolId, String subjectType, Purpose purpose) {
        record(schoolId, AuditAction.SEARCH, subjectType, null, purpose);
    }
}
