package dk.oplys.core.application.billing;

import dk.oplys.core.domain.invoice.Invoice;
import dk.oplys.core.domain.payment.Payment;
import java.time.LocalDate;

/**
 * An invoice or credit note as staff see it in lists. The payer's name is shown (staff handle the
 * invoice); their address only on the document itself.
 */
public record InvoiceView(long id, String number, String kind, String status, String creditsNumber, long courseId,
                          long enrolmentId, String payerName, long grossOre, long reductionOre, String reducedGroup,
                          long totalOre, LocalDate issueDate, LocalDate dueDate, boolean overdue,
                          String paymentReference, String cardPayment) {

    public static InvoiceView of(Invoice i, Payment p, LocalDate today) {
        boolean overdue = i.status() == dk.oplys.core.domain.invoice.InvoiceStatus.OPEN && i.dueDate() != null
                && i.dueDate().isBefore(today);
        return new InvoiceView(i.id(), i.displayNumber(), i.kind().name(), i.status().name(),
                i.credits() == null ? null : i.credits().displayNumber(), i.courseId(), i.enrolmentId(),
                i.payer().name(), i.grossOre(), i.reductionOre(), i.reducedGroup(), i.totalOre(), i.issueDate(),
                i.dueDate(), overdue, i.paymentReference(), p == null ? null : p.status().name());
    }
}
