package dk.oplys.core.application;

import dk.oplys.core.application.command.ConsentGrant;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.consent.Consent;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.consent.ConsentPurpose;
import dk.oplys.core.domain.consent.SupplementaryInfo;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Consents, one record per purpose, and the supplementary information that depends on one.
 * Giving and withdrawing are symmetric: one call each, in the same forms.
 */
@ApplicationScoped
public class ConsentRegistry {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Inject
    private CurrentUser currentUser;

    /** Records the consents given; an already active consent for the same purpose is kept as it is. */
    public void give(long schoolId, long participantId, List<ConsentGrant> grants, ConsentForm form) {
        for (ConsentGrant grant : grants) {
            requireText(grant.purpose(), grant.textVersion());
            if (active(participantId, grant.purpose()).isEmpty()) {
                Consent c = new Consent(schoolId, participantId, grant.purpose(), grant.textVersion(), form,
                        currentUser.actor(), clock.now());
                em.persist(c);
                em.flush();
                audit.record(schoolId, AuditAction.CREATE, "consent", c.id(), Purpose.CONSENT_ADMINISTRATION);
            }
        }
    }

    /** Stores supplementary information; refused unless its consent is active. */
    public void storeInterests(long schoolId, long participantId, String interests) {
        Consent consent = active(participantId, ConsentPurpose.SUPPLEMENTARY_INFO)
                .orElseThrow(() -> new DomainException(ErrorCode.SUPPLEMENTARY_INFO_WITHOUT_CONSENT,
                        "supplementary information is stored only with its consent", "interests"));
        SupplementaryInfo info = em.find(SupplementaryInfo.class, participantId);
        if (info == null) {
            em.persist(new SupplementaryInfo(participantId, consent.id(), interests.strip()));
        } else {
            info.replace(consent.id(), interests.strip());
        }
        audit.record(schoolId, AuditAction.UPDATE, "supplementary-info", participantId, Purpose.CONSENT_ADMINISTRATION);
    }

    /**
     * Withdraws a consent. Withdrawing the supplementary-information consent deletes that
     * information in the same transaction.
     */
    public Consent withdraw(long schoolId, long consentId, ConsentForm form) {
        Consent c = em.find(Consent.class, consentId);
        if (c == null || c.schoolId() != schoolId) {
            throw DomainException.notFound("consent");
        }
        c.withdraw(form, currentUser.actor(), clock.now());
        if (c.purpose() == ConsentPurpose.SUPPLEMENTARY_INFO) {
            em.createQuery("DELETE FROM SupplementaryInfo s WHERE s.participantId = :p")
                    .setParameter("p", c.participantId()).executeUpdate();
            audit.record(schoolId, AuditAction.DELETE, "supplementary-info", c.participantId(),
                    Purpose.CONSENT_ADMINISTRATION);
        }
        audit.record(schoolId, AuditAction.UPDATE, "consent", c.id(), Purpose.CONSENT_ADMINISTRATION);
        return c;
    }

    public List<Consent> of(long participantId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.participantId = :p ORDER BY c.givenAt, c.id", Consent.class)
                .setParameter("p", participantId).getResultList();
    }

    public Optional<String> interests(long participantId) {
        return Optional.ofNullable(em.find(SupplementaryInfo.class, participantId)).map(SupplementaryInfo::interests);
    }

    private Optional<Consent> active(long participantId, ConsentPurpose purpose) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.participantId = :p AND c.purpose = :u "
                        + "AND c.withdrawnAt IS NULL", Consent.class)
                .setParameter("p", participantId).setParameter("u", purpose)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private void requireText(ConsentPurpose purpose, String version) {
        Long n = em.createQuery("SELECT COUNT(t) FROM ConsentText t WHERE t.purpose = :p AND t.version = :v", Long.class)
                .setParameter("p", purpose).setParameter("v", version).getSingleResult();
        if (n == 0) {
            throw new DomainException(ErrorCode.CONSENT_TEXT_UNKNOWN, "unknown consent text version", "consents");
        }
    }
}
