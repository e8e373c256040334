package dk.oplys.core.newsletter;

import dk.oplys.core.application.ConsentRegistry;
import dk.oplys.core.application.billing.PaymentLinks;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.dsr.LinkMailer;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Sends the newsletter to the school's participants whose newsletter consent is active, and
 * nobody else; every mail ends with a link that unsubscribes in one step. The link carries an
 * opaque token per consent (no id, no address); a link from an older mailing keeps working.
 */
@Stateless
public class Newsletter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LinkMailer mailer;

    @Inject
    private PaymentLinks links;

    @Inject
    private ConsentRegistry consents;

    @Inject
    private AuditTrail audit;

    /** @return how many mails were handed to the mail server */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public int send(String subject, String text) {
        long school = currentUser.schoolId();
        School s = em.find(School.class, school);
        List<?> rows = em.createNativeQuery("SELECT c.id, c.unsubscribe_token, p.email FROM consent c "
                + "JOIN participant p ON p.id = c.participant_id WHERE c.school_id = :s AND c.purpose = 'NEWSLETTER' "
                + "AND c.withdrawn_at IS NULL AND p.email IS NOT NULL ORDER BY c.id").setParameter("s", school).getResultList();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long consentId = ((Number) r[0]).longValue();
            String token = (String) r[1];
            if (token == null) {
                token = newToken();
                em.createNativeQuery("UPDATE consent SET unsubscribe_token = :t WHERE id = :id")
                        .setParameter("t", token).setParameter("id", consentId).executeUpdate();
            }
            mails.add(new OutgoingMail((String) r[2], subject, text + "\n\n--\n" + s.name()
                    + "\nDu får denne nyhedsmail, fordi du har sagt ja til den. Afmeld her (ét klik, ingen login):\n"
                    + links.publicUrl() + "/api/public/newsletter/unsubscribe?token=" + token, List.of()));
        }
        audit.record(school, AuditAction.DISCLOSE, "newsletter", null, Purpose.CONSENT_ADMINISTRATION);
        if (!mails.isEmpty()) {
            mailer.send(mails);
        }
        return mails.size();
    }

    /**
     * Withdraws the newsletter consent the token belongs to (recorded as withdrawn online by the
     * person). Unknown tokens change nothing.
     *
     * @return whether the token named a consent (withdrawn now or before)
     */
    @PermitAll
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return false;
        }
        List<?> rows = em.createNativeQuery("SELECT id, school_id, withdrawn_at FROM consent WHERE unsubscribe_token = :t "
                + "AND purpose = 'NEWSLETTER'").setParameter("t", token).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] r = (Object[]) rows.get(0);
        if (r[2] == null) {
            consents.withdraw(((Number) r[1]).longValue(), ((Number) r[0]).longValue(), ConsentForm.CHECKBOX_ONLINE);
        }
        return true;
    }

    private static String newToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
