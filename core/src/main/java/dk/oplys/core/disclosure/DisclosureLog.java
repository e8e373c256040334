package dk.oplys.core.disclosure;

import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes the disclosure log, in the caller's transaction, so an entry exists exactly when the
 * data left. Refuses to log (and so the caller to send) fields outside the recipient's
 * declaration: that is a programming error, and it must stop the delivery, not pass silently.
 */
@ApplicationScoped
public class DisclosureLog {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /**
     * Records that {@code fields} of {@code participantIds} went to {@code recipient}
     * ({@code recipientRef} says which one). {@code purpose} goes to the audit log.
     */
    public Disclosure record(long schoolId, Recipient recipient, String recipientRef, DisclosureChannel channel,
                             Set<Field> fields, Collection<Long> participantIds, String documentRef, String actor,
                             Purpose purpose) {
        if (!recipient.allows(fields)) {
            throw new IllegalStateException("fields outside the declaration of " + recipient + ": "
                    + fields.stream().filter(f -> !recipient.fields().contains(f)).toList());
        }
        Disclosure d = new Disclosure(schoolId, clock.now(), recipient, recipientRef, channel, fields, documentRef, actor,
                participantIds);
        em.persist(d);
        em.flush();
        audit.recordAs(actor, schoolId, AuditAction.DISCLOSE, "disclosure", d.id(), purpose, "OK");
        return d;
    }

    /** The disclosures that included this participant, newest first (for their access request). */
    public List<Disclosure> about(long schoolId, long participantId) {
        return em.createQuery("SELECT d FROM Disclosure d WHERE d.schoolId = :s AND :p MEMBER OF d.participantIds "
                        + "ORDER BY d.disclosedAt DESC", Disclosure.class)
                .setParameter("s", schoolId).setParameter("p", participantId).getResultList();
    }
}
