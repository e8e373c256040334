package dk.oplys.core.retention;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes why a person is kept and until when, with the same clock the job uses. Callers check
 * access and audit (the school admin's trace, the person's own export, an erasure answer).
 */
@ApplicationScoped
public class RetentionTraces {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private RetentionRules rules;

    @Inject
    private AppClock clock;

    public TraceView trace(long schoolId, long participantId) {
        Participant p = em.find(Participant.class, participantId);
        if (p == null || !p.schoolId().equals(schoolId)) {
            throw DomainException.notFound("participant");
        }
        RetentionRule rule = rules.effective(schoolId, DataKinds.PARTICIPANT)
                .orElseThrow(() -> DomainException.notFound("retention rule"));
        int fiscal = em.find(School.class, schoolId).fiscalYearStartMonth();
        LocalDate today = LocalDate.now(clock.clock());
        LocalDate anchorDate = lastActivity(p);
        LocalDate keptUntil = rule.deadline(anchorDate, fiscal);
        List<HoldView> holds = em.createQuery("SELECT h FROM LegalHold h WHERE h.schoolId = :s AND (h.participantId = :p "
                        + "OR h.courseId IN (SELECT e.course.id FROM Enrolment e WHERE e.participant.id = :p))", LegalHold.class)
                .setParameter("s", schoolId).setParameter("p", participantId).getResultStream()
                .map(h -> HoldView.of(h, today)).filter(HoldView::active).toList();
        boolean due = rule.cutoff(today, fiscal).isDue(anchorDate) && holds.isEmpty();
        String why = !holds.isEmpty()
                ? "kept past the rule by " + holds.size() + " legal hold(s)"
                : due ? "due: the next retention run deletes it"
                : "kept under rule " + rule.dataKind() + " (" + rule.legalBasis() + ") until " + keptUntil;
        return new TraceView(participantId, rule.dataKind(), rule.anchor(), rule.period().toString(), anchorDate,
                keptUntil, due, holds, why);
    }

    /** The legal basis of the person's rule, for answers to the person. */
    public String legalBasis(long schoolId) {
        return rules.effective(schoolId, DataKinds.PARTICIPANT).map(RetentionRule::legalBasis).orElse("");
    }

    /** The latest of: the last lesson of any of the person's courses, an enrolment, an invoice, a payment, the record. */
    private LocalDate lastActivity(Participant p) {
        LocalDate latest = p.createdAt().atZone(AppClock.DANISH).toLocalDate();
        List<?> dates = em.createNativeQuery("SELECT MAX(l.lesson_date) FROM enrolment e JOIN lesson l ON l.course_id = e.course_id "
                + "WHERE e.participant_id = :p UNION ALL SELECT MAX(i.issue_date) FROM invoice i JOIN enrolment e "
                + "ON e.id = i.enrolment_id WHERE e.participant_id = :p").setParameter("p", p.id()).getResultList();
        for (Object d : dates) {
            LocalDate day = Jdbc.date(d);
            if (day != null && day.isAfter(latest)) {
                latest = day;
            }
        }
        List<?> instants = em.createNativeQuery("SELECT MAX(e.created_at) FROM enrolment e WHERE e.participant_id = :p "
                + "UNION ALL SELECT MAX(i.paid_at) FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id "
                + "WHERE e.participant_id = :p").setParameter("p", p.id()).getResultList();
        for (Object t : instants) {
            Instant at = Jdbc.instant(t);
            if (at != null && at.atZone(AppClock.DANISH).toLocalDate().isAfter(latest)) {
                latest = at.atZone(AppClock.DANISH).toLocalDate();
            }
        }
        return latest;
    }
}
