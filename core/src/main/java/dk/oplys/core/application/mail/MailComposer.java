package dk.oplys.core.application.mail;

import dk.oplys.core.application.billing.Billing;
import dk.oplys.core.application.billing.InvoiceDocuments;
import dk.oplys.core.application.billing.PaymentLinks;
import dk.oplys.core.application.teaching.TeachingDocuments;
import dk.oplys.core.domain.course.Course;
import dk.oplys.core.domain.course.Lesson;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.Notification;
import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.payment.PaymentStatus;
import dk.oplys.core.domain.school.School;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the e-mail a notification stands for (Danish): confirmation with the lesson dates, the
 * mødekort (meeting card) as PDF and, when an invoice is open, the payment link and the invoice as
 * PDF; waiting list; promotion (with the card as well);
 * cancellation with the credit note. Invoices go to the payer, the rest to the participant.
 */
@ApplicationScoped
public class MailComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", Locale.forLanguageTag("da"));

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private Billing billing;

    @Inject
    private PaymentLinks links;

    @Inject
    private InvoiceDocuments documents;

    @Inject
    private TeachingDocuments teaching;

    /** @return the mail, or empty if there is nobody to send it to (no e-mail address given) */
    public Optional<OutgoingMail> compose(Notification n) {
        Enrolment e = em.find(Enrolment.class, n.enrolmentId());
        Course course = e.course();
        School school = em.find(School.class, e.schoolId());
        Invoice invoice = n.invoiceId() == null ? null : em.find(Invoice.class, n.invoiceId());
        String to = invoice != null && invoice.payer().email() != null ? invoice.payer().email()
                : e.participant().email().orElse(null);
        if (to == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Kære ").append(e.participant().firstName()).append("\n\n");
        String subject;
        switch (n.kind()) {
            case ENROLMENT_CONFIRMED, PROMOTED_FROM_WAITING_LIST -> {
                subject = "Du har fået plads på " + course.title();
                text.append(n.kind() == Notification.Kind.PROMOTED_FROM_WAITING_LIST
                        ? "Der er blevet en plads ledig, og den er din: " : "Tak for din tilmelding til ")
                        .append(course.title()).append(".\n\n");
                lessons(text, course);
                text.append("\nMødekortet med stedet, alle gangene og underviseren er vedhæftet som PDF.\n");
            }
            case PLACED_ON_WAITING_LIST -> {
                subject = "Du er på venteliste til " + course.title();
                text.append("Holdet er fuldt, så du er skrevet på ventelisten. Vi skriver til dig, hvis der bliver en plads.\n");
            }
            case ENROLMENT_CANCELLED -> {
                subject = "Din tilmelding til " + course.title() + " er afmeldt";
                text.append("Din tilmelding er afmeldt.\n");
            }
            case CREDIT_NOTE_ISSUED -> {
                subject = "Kreditnota for " + course.title();
                text.append("Vedlagt er en kreditnota. Har du betalt med kort, bliver beløbet ført tilbage.\n");
            }
            case INVOICE_RESENT -> {
                subject = "Faktura for " + course.title();
                text.append("Her er din faktura igen.\n");
            }
            default -> throw new IllegalStateException("no mail for " + n.kind());
        }
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        if (invoice != null) {
            if (invoice.status() == InvoiceStatus.OPEN) {
                text.append("\nBeløb: ").append(kroner(invoice.totalOre())).append(", betales senest ")
                        .append(DATE.format(invoice.dueDate())).append(".\n");
                billing.paymentOf(invoice.id()).filter(p -> p.status() == PaymentStatus.CREATED).ifPresent(p ->
                        text.append("Betal med kort her: ").append(links.paymentLink(p)).append('\n'));
                text.append("Eller overfør beløbet med betalingsreference ").append(invoice.paymentReference()).append(".\n");
            }
            InvoiceDocuments.Rendered pdf = documents.render(invoice);
            attachments.add(new OutgoingMail.Attachment(pdf.fileName(), "application/pdf", pdf.pdf()));
        }
        if (n.kind() == Notification.Kind.ENROLMENT_CONFIRMED || n.kind() == Notification.Kind.PROMOTED_FROM_WAITING_LIST) {
            // After the invoice (readers that take the first PDF get the invoice, as before). Rendered
            // once, when the mail is composed; a retry after a failed hand-over composes again.
            InvoiceDocuments.Rendered card = teaching.meetingCard(e);
            attachments.add(new OutgoingMail.Attachment(card.fileName(), "application/pdf", card.pdf()));
        }
        text.append("\nVenlig hilsen\n").append(school.name()).append('\n').append(school.email());
        if (school.phone() != null) {
            text.append(", tlf. ").append(school.phone());
        }
        text.append('\n');
        return Optional.of(new OutgoingMail(to, subject, text.toString(), attachments));
    }

    private static void lessons(StringBuilder text, Course course) {
        text.append("Sted: ").append(course.venue().name()).append(", ").append(course.venue().street()).append(", ")
                .append(course.venue().postcode()).append(' ').append(course.venue().city()).append("\nGange:\n");
        for (Lesson l : course.lessons()) {
            text.append("  ").append(DATE.format(l.date())).append(" kl. ").append(l.start()).append("-")
                    .append(l.end()).append('\n');
        }
    }

    static String kroner(long ore) {
        return String.format(Locale.forLanguageTag("da"), "%,d,%02d kr.", ore / 100, Math.abs(ore % 100));
    }
}
