package dk.oplys.core.dsr;

import dk.oplys.core.application.ConsentRegistry;
import dk.oplys.core.audit.AuditEntry;
import dk.oplys.core.disclosure.Disclosure;
import dk.oplys.core.disclosure.DisclosureLog;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.participant.Participant;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.core.retention.Jdbc;
import dk.oplys.core.retention.RetentionTraces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/** Gathers {@link SubjectData} for one person of one school. Callers check access and audit. */
@ApplicationScoped
public class SubjectExport {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private ConsentRegistry consents;

    @Inject
    private DisclosureLog disclosures;

    @Inject
    private RetentionTraces traces;

    @Inject
    private AppClock clock;

    public SubjectData of(long schoolId, long participantId) {
        Participant p = em.find(Participant.class, participantId);
        School school = em.find(School.class, schoolId);
        var person = new SubjectData.Person(p.firstName(), p.lastName(), p.address().street(), p.address().postcode(),
                p.address().city(), p.address().municipalityCode(), p.birthDate(), p.cprCipher().isPresent(),
                p.email().orElse(null), p.phone().orElse(null), p.hjemstedskommune(), p.handlekommune().orElse(null),
                p.betalingskommune().orElse(null), p.createdAt());
        List<SubjectData.ConsentRow> consentRows = consents.of(participantId).stream()
                .map(c -> new SubjectData.ConsentRow(c.id(), c.purpose().name(), c.textVersion(), c.form().name(), c.givenAt(),
                        c.withdrawnAt())).toList();
        List<?> enrolmentRows = em.createNativeQuery("SELECT c.title, e.status, e.channel, e.created_at, "
                        + "MIN(l.lesson_date), MAX(l.lesson_date), e.id FROM enrolment e JOIN course c ON c.id = e.course_id "
                        + "LEFT JOIN lesson l ON l.course_id = c.id WHERE e.participant_id = :p "
                        + "GROUP BY e.id, c.title, e.status, e.channel, e.created_at ORDER BY e.created_at")
                .setParameter("p", participantId).getResultList();
        List<SubjectData.EnrolmentRow> enrolments = enrolmentRows.stream().map(o -> (Object[]) o)
                .map(r -> new SubjectData.EnrolmentRow(((Number) r[6]).longValue(), (String) r[0], (String) r[1],
                        (String) r[2], Jdbc.instant(r[3]),
                        Jdbc.date(r[4]), Jdbc.date(r[5]))).toList();
        List<SubjectData.InvoiceRow> invoices = em.createQuery("SELECT i FROM Invoice i WHERE i.enrolmentId IN "
                        + "(SELECT e.id FROM Enrolment e WHERE e.participant.id = :p) ORDER BY i.issuedAt", Invoice.class)
                .setParameter("p", participantId).getResultStream()
                .map(i -> new SubjectData.InvoiceRow(i.displayNumber(), i.kind().name(), i.issueDate(), i.totalOre(),
                        i.status().name(), i.paidAt())).toList();
        List<SubjectData.DisclosureRow> disclosed = disclosures.about(schoolId, participantId).stream()
                .map((Disclosure d) -> new SubjectData.DisclosureRow(d.disclosedAt(), d.recipient().name(), d.recipientRef(),
                        d.fieldSet().stream().map(Enum::name).collect(Collectors.joining(", ")), d.legalBasis())).toList();
        List<SubjectData.LookupRow> lookups = em.createQuery("SELECT a FROM AuditEntry a WHERE a.schoolId = :s "
                        + "AND a.subjectType = 'participant' AND a.subjectId = :p AND a.actor <> :self ORDER BY a.occurredAt",
                        AuditEntry.class).setParameter("s", schoolId).setParameter("p", participantId)
                .setParameter("self", CurrentUser.SELF).setMaxResults(1000).getResultStream()
                .map(a -> new SubjectData.LookupRow(a.occurredAt(), a.action().name(), a.purpose().name())).toList();
        List<SubjectData.RequestRow> requests = em.createQuery("SELECT r FROM DataSubjectRequest r WHERE r.participantId = :p "
                        + "ORDER BY r.receivedAt", DataSubjectRequest.class).setParameter("p", participantId).getResultStream()
                .map(r -> new SubjectData.RequestRow(r.kind().name(), r.channel().name(), r.receivedAt(), r.deadline(),
                        r.answeredAt(), r.outcome())).toList();
        var retention = SubjectData.Retention.of(traces.trace(schoolId, participantId), traces.legalBasis(schoolId));
        return new SubjectData(clock.now(), school.name(), school.cvr(), person, consentRows,
                consents.interests(participantId).orElse(null), enrolments, invoices, disclosed, lookups, requests, retention);
    }
}
