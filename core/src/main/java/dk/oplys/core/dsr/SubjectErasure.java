package dk.oplys.core.dsr;

import dk.oplys.core.application.EnrolmentRetention;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.retention.PersonEraser;
import dk.oplys.core.retention.RetentionTraces;
import dk.oplys.core.retention.Sql;
import dk.oplys.core.retention.TraceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The right to erasure: what rests on consent or never became a contract goes at once; what the
 * bookkeeping and Folkeoplysningsloven require stays only as long as the retention rule says, and
 * the answer names it. A person with nothing that must stay is erased completely.
 */
@ApplicationScoped
public class SubjectErasure {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private PersonEraser eraser;

    @Inject
    private EnrolmentRetention enrolments;

    @Inject
    private RetentionTraces traces;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /** Erases for a registered request and records the answer on it (and in the audit log). */
    public ErasureAnswer carryOut(DataSubjectRequest r, long person, String by) {
        ErasureAnswer a = erase(r.schoolId(), person);
        if (a.personErased()) {
            r.forget();
        }
        r.answer(a.outcome(), a.text(), by, clock.now());
        audit.recordAs(by, r.schoolId(), AuditAction.DELETE, "participant", person, Purpose.DATA_SUBJECT_REQUEST, "OK");
        return a;
    }

    /** Runs in the caller's transaction. */
    public ErasureAnswer erase(long schoolId, long participantId) {
        TraceView trace = traces.trace(schoolId, participantId);
        List<String> deleted = new ArrayList<>();
        if (Sql.update(em, "DELETE FROM supplementary_info WHERE participant_id IN (:ids)", List.of(participantId)) > 0) {
            deleted.add("Supplerende oplysninger (fx interesser)");
        }
        if (Sql.update(em, "DELETE FROM consent WHERE participant_id IN (:ids)", List.of(participantId)) > 0) {
            deleted.add("Samtykker (nyhedsmail, billeder, supplerende oplysninger)");
        }
        List<Long> unseated = enrolments.unseated(participantId);
        if (!unseated.isEmpty()) {
            enrolments.deleteEntries(unseated);
            deleted.add("Pladser på venteliste og tilmeldinger, der ikke blev til en plads");
        }
        boolean invoiced = count("SELECT COUNT(*) FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id "
                + "WHERE e.participant_id = :p", participantId) > 0;
        boolean seated = count("SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = :p AND e.confirmed_at IS NOT NULL",
                participantId) > 0;
        boolean held = !trace.activeHolds().isEmpty();
        if (!invoiced && !seated && !held) {
            eraser.erase(schoolId, List.of(participantId), "ERASURE", "REQUEST");
            deleted.add("Navn, adresse, fødselsdato, CPR-nr., e-mail og telefon");
            return answer("GRANTED", true, deleted, List.of());
        }
        List<ErasureAnswer.Kept> kept = new ArrayList<>();
        LocalDate until = trace.keptUntil();
        String basis = traces.legalBasis(schoolId);
        boolean ongoing = count("SELECT COUNT(*) FROM enrolment e WHERE e.participant_id = :p AND e.status = 'CONFIRMED' "
                + "AND (NOT EXISTS (SELECT 1 FROM lesson l WHERE l.course_id = e.course_id) "
                + "OR EXISTS (SELECT 1 FROM lesson l WHERE l.course_id = e.course_id AND l.lesson_date >= :today))",
                participantId) > 0;
        if (ongoing) {
            kept.add(new ErasureAnswer.Kept("E-mail og telefon",
                    "Du er tilmeldt et hold, der ikke er afsluttet; vi skal kunne give dig besked om det", until));
        } else {
            em.createNativeQuery("UPDATE participant SET email = NULL, phone = NULL WHERE id = :p")
                    .setParameter("p", participantId).executeUpdate();
            deleted.add("E-mail og telefon");
        }
        kept.add(new ErasureAnswer.Kept("Navn, adresse, fødselsdato og CPR-nr.",
                "Deltagere på hold med tilskud indberettes til kommunen, og fakturaer skal kunne henføres til køber (" + basis + ")",
                until));
        if (seated) {
            kept.add(new ErasureAnswer.Kept("Tilmeldinger og fremmøde", "Dokumentation for kommunalt tilskud (" + basis + ")",
                    until));
        }
        if (invoiced) {
            kept.add(new ErasureAnswer.Kept("Fakturaer, kreditnotaer, betalinger og tro og love-erklæringer",
                    "Bogføringspligt (" + basis + ")", until));
        }
        if (held) {
            LocalDate holdEnd = trace.activeHolds().stream().map(h -> h.endsOn()).max(LocalDate::compareTo).orElse(until);
            kept.add(new ErasureAnswer.Kept("Alle oplysninger", "Retlig tilbageholdelse (tvist eller revision)", holdEnd));
        }
        return answer("PARTIAL", false, deleted, kept);
    }

    private long count(String sql, long participantId) {
        var q = em.createNativeQuery(sql).setParameter("p", participantId);
        if (sql.contains(":today")) {
            q.setParameter("today", LocalDate.now(clock.clock()));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static ErasureAnswer answer(String outcome, boolean erased, List<String> deleted, List<ErasureAnswer.Kept> kept) {
        StringBuilder t = new StringBuilder();
        if (!deleted.isEmpty()) {
            t.append("Slettet: ").append(String.join("; ", deleted)).append(".");
        }
        for (ErasureAnswer.Kept k : kept) {
            t.append(t.length() > 0 ? " " : "").append("Opbevares: ").append(k.what()).append(", fordi: ").append(k.why())
                    .append(", til og med ").append(k.until()).append(".");
        }
        return new ErasureAnswer(outcome, erased, List.copyOf(deleted), List.copyOf(kept), t.toString());
    }
}
