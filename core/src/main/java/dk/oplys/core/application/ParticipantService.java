package dk.oplys.core.application;

import dk.oplys.core.application.command.ConsentGrant;
import dk.oplys.core.application.command.ParticipantData;
import dk.oplys.core.application.view.ConsentView;
import dk.oplys.core.application.view.ParticipantView;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.participant.Address;
import dk.oplys.core.domain.participant.Cpr;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Office staff's access to participants of their own school: search, read, rectify, consents.
 * Every read and change is audited with its purpose. The full CPR number is shown only to the
 * roles that report to the municipality (admin staff, school admin); others see it masked.
 */
@Stateless
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class ParticipantService {

    /** A hit in a search list: enough to pick the right person, nothing more. */
    public record Summary(long id, String firstName, String lastName, java.time.LocalDate birthDate, String email) {
    }

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private ConsentRegistry consents;

    @Inject
    private CprProtector cprProtector;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    @Resource
    private SessionContext ctx;

    /** Searches by name or e-mail (at least two characters), at most 50 hits. */
    public List<Summary> search(@NotBlank @Size(min = 2, max = 100) String text) {
        long schoolId = currentUser.schoolId();
        String like = "%" + text.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        List<Summary> hits = em.createQuery("SELECT p FROM Participant p WHERE p.schoolId = :s AND ("
                        + "LOWER(CONCAT(p.firstName, ' ', p.lastName)) LIKE :q OR LOWER(p.email) LIKE :q) "
                        + "ORDER BY p.lastName, p.firstName, p.id", Participant.class)
                .setParameter("s", schoolId).setParameter("q", like).setMaxResults(50)
                .getResultStream().map(ParticipantService::summary).toList();
        audit.search(schoolId, "participant", Purpose.ENROLMENT);
        return hits;
    }

    /** Finds a person by CPR number through the keyed hash; the number itself is never queried or logged. */
    public List<Summary> findByCpr(@NotBlank @Size(max = 11) String cprText) {
        long schoolId = currentUser.schoolId();
        Cpr cpr = Cpr.parse(cprText).orElseThrow(() -> new DomainException(ErrorCode.INVALID_CPR,
                "not a possible CPR number (DDMMYY-SSSS)", "cpr"));
        List<Summary> hits = em.createQuery("SELECT p FROM Participant p WHERE p.schoolId = :s AND p.cprHash = :h",
                        Participant.class)
                .setParameter("s", schoolId).setParameter("h", cprProtector.indexHash(cpr))
                .getResultStream().map(ParticipantService::summary).toList();
        audit.search(schoolId, "participant-by-cpr", Purpose.ENROLMENT);
        return hits;
    }

    /** One participant of the caller's school. */
    public ParticipantView get(long id) {
        long schoolId = currentUser.schoolId();
        Participant p = registry.require(schoolId, id);
        audit.record(schoolId, AuditAction.READ, "participant", id, Purpose.ENROLMENT);
        return view(p);
    }

    /** Rectification: staff correct identity and contact data. A new CPR is encrypted again. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ParticipantView rectify(long id, @Valid @NotNull ParticipantData data) {
        long schoolId = currentUser.schoolId();
        Participant p = registry.require(schoolId, id);
        Optional<Cpr> cpr = registry.check(data);
        p.update(data.firstName().strip(), data.lastName().strip(),
                new Address(data.street().strip(), data.postcode(), data.city().strip(), data.municipalityCode()),
                data.birthDate(), ParticipantRegistry.blankToNull(data.email()),
                ParticipantRegistry.blankToNull(data.phone()), clock.now());
        if (cpr.isPresent()) {
            p.setProtectedCpr(cprProtector.encrypt(cpr.get(), schoolId), cprProtector.indexHash(cpr.get()));
        } else {
            p.setProtectedCpr(null, null);
        }
        audit.record(schoolId, AuditAction.UPDATE, "participant", id, Purpose.DATA_SUBJECT_REQUEST);
        return view(p);
    }

    /**
     * Sets hjemstedskommune (derived from the address by default), handlekommune and
     * betalingskommune; these decide municipal reporting, so only admin staff change them.
     */
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ParticipantView setMunicipalities(long id, @NotNull String hjemstedskommune, String handlekommune,
                                             String betalingskommune) {
        long schoolId = currentUser.schoolId();
        Participant p = registry.require(schoolId, id);
        registry.requireMunicipality(hjemstedskommune, "hjemstedskommune");
        if (handlekommune != null) {
            registry.requireMunicipality(handlekommune, "handlekommune");
        }
        if (betalingskommune != null) {
            registry.requireMunicipality(betalingskommune, "betalingskommune");
        }
        p.setMunicipalities(hjemstedskommune, handlekommune, betalingskommune, clock.now());
        audit.record(schoolId, AuditAction.UPDATE, "participant", id, Purpose.MUNICIPAL_REPORTING);
        return view(p);
    }

    public List<ConsentView> consents(long participantId) {
        long schoolId = currentUser.schoolId();
        registry.require(schoolId, participantId);
        audit.record(schoolId, AuditAction.READ, "consents", participantId, Purpose.CONSENT_ADMINISTRATION);
        return consents.of(participantId).stream().map(ConsentView::of).toList();
    }

    /** Records a consent given by phone or e-mail (online consents come with the sign-up). */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public List<ConsentView> giveConsent(long participantId, @Valid @NotNull ConsentGrant grant, @NotNull ConsentForm form) {
        long schoolId = currentUser.schoolId();
        registry.require(schoolId, participantId);
        consents.give(schoolId, participantId, List.of(grant), form);
        return consents.of(participantId).stream().map(ConsentView::of).toList();
    }

    /** Withdraws a consent; withdrawing the supplementary-information consent deletes that information. */
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    public ConsentView withdrawConsent(long participantId, long consentId, @NotNull ConsentForm form) {
        long schoolId = currentUser.schoolId();
        registry.require(schoolId, participantId);
        var c = consents.withdraw(schoolId, consentId, form);
        if (c.participantId() != participantId) {
            throw DomainException.notFound("consent");
        }
        return ConsentView.of(c);
    }

    private ParticipantView view(Participant p) {
        boolean fullCpr = ctx.isCallerInRole(Roles.ADMIN_STAFF) || ctx.isCallerInRole(Roles.SCHOOL_ADMIN);
        Optional<Cpr> cpr = p.cprCipher().map(c -> cprProtector.decrypt(c, p.schoolId()));
        return new ParticipantView(p.id(), p.firstName(), p.lastName(), p.address().street(), p.address().postcode(),
                p.address().city(), p.address().municipalityCode(), p.birthDate(), cpr.isPresent(),
                cpr.map(c -> fullCpr ? c.formatted() : c.masked()).orElse(null),
                cpr.map(Cpr::passesModulus11).orElse(true),
                p.email().orElse(null), p.phone().orElse(null), p.hjemstedskommune(),
                p.handlekommune().orElse(null), p.betalingskommune().orElse(null), p.createdAt(), p.updatedAt());
    }

    private static Summary summary(Participant p) {
        return new Summary(p.id(), p.firstName(), p.lastName(), p.birthDate(), p.email().orElse(null));
    }
}
