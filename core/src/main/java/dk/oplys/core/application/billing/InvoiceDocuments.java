package dk.oplys.core.application.billing;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.InvoiceKind;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.invoice.Payer;
import dk.oplys.core.domain.invoice.ReducedFeeDeclaration;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import dk.oplys.integration.pdf.InvoiceDocument;
import dk.oplys.integration.pdf.InvoicePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Invoices and credit notes as PDF/A documents. What is printed is built here from the entities,
 * in one place: the school as sender, the payer's name and address, the course, the lines with
 * any reduction, the total, due date and payment reference. No CPR, no birth date.
 */
@ApplicationScoped
public class InvoiceDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private AppClock clock;

    /** A rendered document and the file name to give it. */
    public record Rendered(String fileName, byte[] pdf) {
    }

    /** For staff of the invoice's school; the download is audited as an export. */
    @Transactional
    public Rendered forStaff(long invoiceId) {
        Invoice i = em.find(Invoice.class, invoiceId);
        if (i == null || !i.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("invoice");
        }
        audit.record(i.schoolId(), AuditAction.EXPORT, "invoice", i.id(), Purpose.INVOICING);
        return render(i);
    }

    public Rendered render(Invoice i) {
        return new Rendered((i.kind() == InvoiceKind.INVOICE ? "faktura-" : "kreditnota-") + i.displayNumber() + ".pdf",
                InvoicePdf.render(document(i)));
    }

    InvoiceDocument document(Invoice i) {
        School school = em.find(School.class, i.schoolId());
        Course course = em.find(Course.class, i.courseId());
        Payer payer = i.payer();
        boolean credit = i.kind() == InvoiceKind.CREDIT_NOTE;
        long sign = credit ? -1 : 1;
        List<InvoiceDocument.Line> lines = new ArrayList<>();
        lines.add(new InvoiceDocument.Line("Deltagerbetaling, " + course.title(), sign * i.grossOre()));
        String reductionNote = null;
        if (i.reductionOre() > 0) {
            lines.add(new InvoiceDocument.Line("Nedsat deltagerbetaling: " + i.reducedGroup(), -sign * i.reductionOre()));
            reductionNote = em.createQuery("SELECT d FROM ReducedFeeDeclaration d WHERE d.enrolmentId = :e",
                            ReducedFeeDeclaration.class).setParameter("e", i.enrolmentId()).getResultStream().findFirst()
                    .map(d -> "Nedsættelsen gives efter kommunens regler for gruppen \"" + d.group().name()
                            + "\" på grundlag af en tro og love-erklæring afgivet "
                            + DATE.format(d.declaredAt().atZone(AppClock.DANISH)) + ".")
                    .orElse(null);
        }
        String dates = course.firstLessonDate().map(first -> "Første gang " + DATE.format(first)
                + course.lastLessonDate().filter(last -> !last.equals(first)).map(l -> ", sidste gang " + DATE.format(l))
                .orElse("") + ", " + course.venue().name()).orElse(null);
        String paymentNote = i.status() == InvoiceStatus.PAID && i.paidAt() != null
                ? "Betalt " + DATE.format(i.paidAt().atZone(AppClock.DANISH)) + ". Tak."
                : "Betal med kort via linket i din bekræftelse, eller ved bankoverførsel med betalingsreferencen.";
        String contact = school.email() + (school.phone() == null ? "" : ", tlf. " + school.phone());
        return new InvoiceDocument(credit, i.displayNumber(), i.credits() == null ? null : i.credits().displayNumber(),
                i.issueDate(), i.dueDate(), i.paymentReference(),
                new InvoiceDocument.Party(school.name(), school.street(), school.postcode(), school.city()), school.cvr(),
                contact, new InvoiceDocument.Party(payer.name(), payer.street(), payer.postcode(), payer.city()),
                payer.cvr(), course.title(), dates, lines, sign * i.totalOre(), reductionNote, paymentNote);
    }
}
