package dk.oplys.core.dsr;

import dk.oplys.core.application.ConsentRegistry;
import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.EnrolmentWork;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.billing.PaymentLinks;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.consent.Consent;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.consent.ConsentPurpose;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The participant's own online access to their rights. Control of the e-mail address is proven by
 * a one-time link (30 minutes); the link opens a session (30 minutes) that reaches the person's own
 * data only. Asking for a link answers the same whether or not the address is known. Only hashes
 * of links and sessions are stored. Every read is audited with actor {@code self}.
 */
@Stateless
@PermitAll
public class SelfService {

    static final Duration LINK_LIFE = Duration.ofMinutes(30);
    public static final Duration SESSION_LIFE = Duration.ofMinutes(30);
    /** One address may be shared (a family); more persons than this get no link. */
    private static final int MAX_PERSONS = 5;
    /** Links sent to one person within {@link #LINK_LIFE}; more requests send nothing. */
    private static final int MAX_LINKS_PER_PERIOD = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private LinkMailer mailer;

    @Inject
    private PaymentLinks links;

    @Inject
    private SubjectExport export;

    @Inject
    private ConsentRegistry consents;

    @Inject
    private SubjectErasure erasure;

    @Inject
    private EnrolmentWork enrolments;

    /** The session's person. */
    public record Me(long schoolId, long participantId) {
    }

    /** Mails a one-time link to every person of any school registered with this address (none if unknown). */
    public void requestLink(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        List<Participant> persons = em.createQuery("SELECT p FROM Participant p WHERE LOWER(p.email) = :e ORDER BY p.id",
                Participant.class).setParameter("e", address).setMaxResults(MAX_PERSONS + 1).getResultList();
        if (persons.isEmpty() || persons.size() > MAX_PERSONS) {
            return;
        }
        Instant now = clock.now();
        List<OutgoingMail> mails = new ArrayList<>();
        for (Participant p : persons) {
            long recent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM self_login_link WHERE participant_id = :p "
                    + "AND created_at > :since").setParameter("p", p.id()).setParameter("since", now.minus(LINK_LIFE))
                    .getSingleResult()).longValue();
            if (recent >= MAX_LINKS_PER_PERIOD) {
                continue; // nobody can fill a mailbox by asking again and again
            }
            String token = newToken();
            em.createNativeQuery("INSERT INTO self_login_link (school_id, participant_id, token_hash, created_at, expires_at) "
                            + "VALUES (:s, :p, :h, :at, :until)")
                    .setParameter("s", p.schoolId()).setParameter("p", p.id()).setParameter("h", hash(token))
                    .setParameter("at", now).setParameter("until", now.plus(LINK_LIFE)).executeUpdate();
            School school = em.find(School.class, p.schoolId());
            // The page trades the token (in the fragment, which no server log sees) for a session.
            String url = links.publicUrl() + "/me.html#token=" + token;
            mails.add(new OutgoingMail(p.email().orElseThrow(), "Dine oplysninger hos " + school.name(),
                    "Hej " + p.firstName() + "\n\nDu (eller nogen med din e-mail-adresse) har bedt om at se de oplysninger, "
                            + school.name() + " har om dig.\n\nBrug linket inden for 30 minutter; det virker én gang:\n"
                            + url + "\n\nHar du ikke bedt om det, kan du se bort fra denne e-mail.\n\n" + school.name(),
                    List.of()));
        }
        if (!mails.isEmpty()) {
            mailer.send(mails);
        }
    }

    /**
     * Uses a link: opens a session and answers its token (for the cookie).
     *
     * @throws DomainException LOGIN_LINK_INVALID when the link is unknown, used or expired
     */
    public String openSession(String linkToken) {
        Instant now = clock.now();
        String h = hash(linkToken == null ? "" : linkToken);
        Object[] link = first(em.createNativeQuery("SELECT id, school_id, participant_id FROM self_login_link "
                + "WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now").setParameter("h", h).setParameter("now", now));
        if (link == null || em.createNativeQuery("UPDATE self_login_link SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .setParameter("now", now).setParameter("id", ((Number) link[0]).longValue()).executeUpdate() != 1) {
            throw new DomainException(ErrorCode.LOGIN_LINK_INVALID, "the link is unknown, used or expired; ask for a new one");
        }
        long school = ((Number) link[1]).longValue();
        long person = ((Number) link[2]).longValue();
        String session = newToken();
        em.createNativeQuery("INSERT INTO self_session (school_id, participant_id, token_hash, created_at, expires_at) "
                        + "VALUES (:s, :p, :h, :at, :until)")
                .setParameter("s", school).setParameter("p", person).setParameter("h", hash(session))
                .setParameter("at", now).setParameter("until", now.plus(SESSION_LIFE)).executeUpdate();
        audit.recordAs(CurrentUser.SELF, school, AuditAction.CREATE, "self-session", person, Purpose.DATA_SUBJECT_REQUEST,
                "OK");
        return session;
    }

    /** @throws DomainException SESSION_INVALID when there is no live session for the token */
    public Me me(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            throw sessionInvalid();
        }
        Object[] s = first(em.createNativeQuery("SELECT school_id, participant_id FROM self_session WHERE token_hash = :h "
                        + "AND ended_at IS NULL AND expires_at > :now")
                .setParameter("h", hash(sessionToken)).setParameter("now", clock.now()));
        if (s == null) {
            throw sessionInvalid();
        }
        return new Me(((Number) s[0]).longValue(), ((Number) s[1]).longValue());
    }

    private static Object[] first(jakarta.persistence.Query q) {
        List<?> rows = q.setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static DomainException sessionInvalid() {
        return new DomainException(ErrorCode.SESSION_INVALID, "not logged in, or the session has ended; ask for a new link");
    }

    /** Everything held about the person. ACCESS (reading, PDF) and PORTABILITY (JSON) are registered as answered requests. */
    public SubjectData data(String sessionToken, RequestKind kind) {
        Me me = me(sessionToken);
        if (kind != null) {
            DataSubjectRequest r = register(me, kind, null);
            r.answer("GRANTED", kind == RequestKind.PORTABILITY ? "Udleveret som JSON" : "Udleveret som PDF",
                    CurrentUser.SELF, clock.now());
        }
        audit.recordAs(CurrentUser.SELF, me.schoolId(), kind == null ? AuditAction.READ : AuditAction.EXPORT, "participant",
                me.participantId(), Purpose.DATA_SUBJECT_REQUEST, "OK");
        return export.of(me.schoolId(), me.participantId());
    }

    /** Objection to marketing: withdraws the newsletter and photo consents; registered and answered at once. */
    public RequestView object(String sessionToken) {
        Me me = me(sessionToken);
        int withdrawn = 0;
        for (Consent c : consents.of(me.participantId())) {
            if (c.active() && (c.purpose() == ConsentPurpose.NEWSLETTER || c.purpose() == ConsentPurpose.PHOTO)) {
                consents.withdraw(me.schoolId(), c.id(), ConsentForm.CHECKBOX_ONLINE);
                withdrawn++;
            }
        }
        DataSubjectRequest r = register(me, RequestKind.OBJECTION, null);
        r.answer("GRANTED", withdrawn == 0 ? "Der var ingen samtykker til markedsføring at trække tilbage."
                : "Samtykke til nyhedsmail og billeder er trukket tilbage; skolen bruger ikke profilering.",
                CurrentUser.SELF, clock.now());
        return RequestView.of(r, LocalDate.now(clock.clock()));
    }

    /**
     * The person cancels one of their own enrolments (any other id is "not found"), on the same terms
     * as a cancellation at the desk: a freed seat goes to the waiting list, and the invoice is credited
     * if the cancellation is in time for a refund. Refused once the course's last lesson has passed.
     */
    public void cancelEnrolment(String sessionToken, long enrolmentId) {
        Me me = me(sessionToken);
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null || e.schoolId() != me.schoolId() || e.participant().id() != me.participantId()) {
            throw DomainException.notFound("enrolment");
        }
        LocalDate today = LocalDate.now(clock.clock());
        if (e.status() != EnrolmentStatus.CANCELLED && e.course().lastLessonDate().filter(today::isAfter).isPresent()) {
            throw new DomainException(ErrorCode.COURSE_ENDED, "the course has ended");
        }
        enrolments.cancel(me.schoolId(), enrolmentId, null);
    }

    /** The person withdraws one of their own consents (any other id is "not found"). */
    public void withdrawConsent(String sessionToken, long consentId) {
        Me me = me(sessionToken);
        Consent c = em.find(Consent.class, consentId);
        if (c == null || c.schoolId() != me.schoolId() || c.participantId() != me.participantId()) {
            throw DomainException.notFound("consent");
        }
        consents.withdraw(me.schoolId(), consentId, ConsentForm.CHECKBOX_ONLINE);
    }

    /** A correction the person asks for: registered for staff, who check it and answer within the month. */
    public RequestView rectification(String sessionToken, String text) {
        Me me = me(sessionToken);
        return RequestView.of(register(me, RequestKind.RECTIFICATION, text.strip()), LocalDate.now(clock.clock()));
    }

    /** Erasure: done at once as far as the law allows; the answer says what stays, why and until when. */
    public ErasureAnswer erase(String sessionToken) {
        Me me = me(sessionToken);
        DataSubjectRequest r = register(me, RequestKind.ERASURE, null);
        ErasureAnswer a = erasure.carryOut(r, me.participantId(), CurrentUser.SELF);
        end(sessionToken); // the person has what they asked for; a new link shows what stays
        return a;
    }

    public void logout(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            end(sessionToken);
        }
    }

    private void end(String sessionToken) {
        em.createNativeQuery("UPDATE self_session SET ended_at = :now WHERE token_hash = :h AND ended_at IS NULL")
                .setParameter("now", clock.now()).setParameter("h", hash(sessionToken)).executeUpdate();
    }

    private DataSubjectRequest register(Me me, RequestKind kind, String details) {
        DataSubjectRequest r = new DataSubjectRequest(me.schoolId(), me.participantId(), kind, RequestChannel.ONLINE,
                clock.now(), LocalDate.now(clock.clock()), details, CurrentUser.SELF);
        em.persist(r);
        em.flush();
        audit.recordAs(CurrentUser.SELF, me.schoolId(), AuditAction.CREATE, "data-subject-request", r.id(),
                Purpose.DATA_SUBJECT_REQUEST, "OK");
        return r;
    }

    private static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
