package dk.oplys.core.application;

import dk.oplys.core.application.command.ParticipantData;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.core.domain.municipality.Municipality;
import dk.oplys.core.domain.participant.Address;
import dk.oplys.core.domain.participant.Cpr;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds or registers the person behind an enrolment, within one school. Runs inside the caller's
 * transaction; access control is the calling service's job.
 */
@ApplicationScoped
public class ParticipantRegistry {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CprProtector cprProtector;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    /** Checks the parts of the data that Bean Validation cannot: municipality, CPR and its date. */
    public Optional<Cpr> check(ParticipantData data) {
        requireMunicipality(data.municipalityCode(), "participant.municipalityCode");
        if (data.cpr() == null || data.cpr().isBlank()) {
            return Optional.empty();
        }
        Cpr cpr = Cpr.parse(data.cpr()).orElseThrow(() -> new DomainException(ErrorCode.INVALID_CPR,
                "the CPR number is not a possible CPR number (DDMMYY-SSSS)", "participant.cpr"));
        if (!cpr.birthDate().equals(data.birthDate())) {
            throw new DomainException(ErrorCode.CPR_BIRTH_DATE_MISMATCH,
                    "the CPR number does not match the birth date", "participant.cpr");
        }
        return Optional.of(cpr);
    }

    public void requireMunicipality(String code, String field) {
        if (code == null || em.find(Municipality.class, code) == null) {
            throw new DomainException(ErrorCode.UNKNOWN_MUNICIPALITY, "unknown municipality code", field);
        }
    }

    /**
     * The school's existing record of this person, or a new one. A match is by CPR (keyed hash) when
     * given, else by e-mail, birth date and name together. A match's stored data is not overwritten:
     * changing a person's data is rectification, which staff do deliberately.
     */
    public Participant findOrRegister(long schoolId, ParticipantData data, Purpose purpose) {
        Optional<Cpr> cpr = check(data);
        Optional<Participant> existing = cpr.isPresent()
                ? em.createQuery("SELECT p FROM Participant p WHERE p.schoolId = :s AND p.cprHash = :h", Participant.class)
                    .setParameter("s", schoolId).setParameter("h", cprProtector.indexHash(cpr.get()))
                    .setMaxResults(1).getResultStream().findFirst()
                : matchWithoutCpr(schoolId, data);
        if (existing.isPresent()) {
            return existing.get();
        }
        Participant p = new Participant(schoolId, data.firstName().strip(), data.lastName().strip(),
                new Address(data.street().strip(), data.postcode(), data.city().strip(), data.municipalityCode()),
                data.birthDate(), blankToNull(data.email()), blankToNull(data.phone()), clock.now());
        cpr.ifPresent(c -> p.setProtectedCpr(cprProtector.encrypt(c, schoolId), cprProtector.indexHash(c)));
        em.persist(p);
        em.flush();
        audit.record(schoolId, AuditAction.CREATE, "participant", p.id(), purpose);
        return p;
    }

    private Optional<Participant> matchWithoutCpr(long schoolId, ParticipantData data) {
        if (data.email() == null || data.email().isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM Participant p WHERE p.schoolId = :s AND LOWER(p.email) = :e "
                        + "AND p.birthDate = :b AND LOWER(p.firstName) = :f AND LOWER(p.lastName) = :l "
                        + "AND p.cprHash IS NULL", Participant.class)
                .setParameter("s", schoolId)
                .setParameter("e", data.email().strip().toLowerCase())
                .setParameter("b", data.birthDate())
                .setParameter("f", data.firstName().strip().toLowerCase())
                .setParameter("l", data.lastName().strip().toLowerCase())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The participant if it exists and belongs to the school; another school's id is "not found". */
    public Participant require(long schoolId, long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null || p.schoolId() != schoolId) {
            throw DomainException.notFound("participant");
        }
        return p;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
