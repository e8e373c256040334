package dk.oplys.integration.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on an invoice or credit note, as plain values: the renderer sees no entity
 * and no more of the payer than the address block. Amounts are in øre.
 */
public record InvoiceDocument(
        boolean creditNote,
        String number,
        String creditsNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        String paymentReference,
        Party school,
        String schoolCvr,
        String schoolContact,
        Party payer,
        String payerCvr,
        String courseTitle,
        String courseDates,
        List<Line> lines,
        long totalOre,
        String reductionNote,
        String paymentNote) {

    /** A name and a postal address. */
    public record Party(String name, String street, String postcode, String city) {
        @Override
        public String toString() {
            return "Party[masked]";
        }
    }

    /** One line of the invoice: a text and an amount (a reduction is negative). */
    public record Line(String text, long amountOre) {
    }

    @Override
    public String toString() {
        return "InvoiceDocument[" + number + "]";
    }
}
