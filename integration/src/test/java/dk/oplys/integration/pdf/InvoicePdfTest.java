package dk.oplys.integration.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.testing.PdfAValidator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

    static InvoiceDocument invoice(boolean credit, List<InvoiceDocument.Line> lines) {
        return new InvoiceDocument(credit, "2026-000042", credit ? "2026-000041" : null, LocalDate.of(2026, 9, 1),
                credit ? null : LocalDate.of(2026, 9, 15), "2026-42",
                new InvoiceDocument.Party("Aftenskolen Ærø & Øster Åby", "Skolegade 1", "5970", "Ærøskøbing"), "12345678",
                "kontor@aeroe.example, tlf. 62000000",
                new InvoiceDocument.Party("Søren Ødegård Åkesson", "Æbletoften 7, 2. th.", "6900", "Skjern"), null,
                "Keramik for begyndere – drejning", "Første gang 1. september 2026, Skjern Skole", lines,
                lines.stream().mapToLong(InvoiceDocument.Line::amountOre).sum(),
                "Nedsættelsen gives efter kommunens regler for gruppen \"Pensionist\" på grundlag af en tro og "
                        + "love-erklæring afgivet 1. september 2026.", "Betal med kort via linket.");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void invoiceIsPdfA2bAndShowsDanishLettersAndTheReduction() throws Exception {
        byte[] pdf = InvoicePdf.render(invoice(false, List.of(
                new InvoiceDocument.Line("Deltagerbetaling, Keramik", 120000),
                new InvoiceDocument.Line("Nedsat deltagerbetaling: Pensionist", -30000))));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = text(pdf);
        for (String expected : List.of("Faktura nr. 2026-000042", "Aftenskolen Ærø & Øster Åby", "CVR-nr. 12345678",
                "Søren Ødegård Åkesson", "Æbletoften 7, 2. th.", "1.200,00 kr.", "-300,00 kr.", "900,00 kr.",
                "Forfaldsdato: 15. september 2026", "Betalingsreference: 2026-42", "tro og")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void creditNoteNamesTheInvoiceItCredits() throws Exception {
        byte[] pdf = InvoicePdf.render(invoice(true, List.of(new InvoiceDocument.Line("Deltagerbetaling", -90000))));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = text(pdf);
        assertTrue(text.contains("Kreditnota nr. 2026-000042"), text);
        assertTrue(text.contains("Krediterer faktura nr. 2026-000041"), text);
        assertFalse(text.contains("Betalingsreference"), text);
    }

    @Test
    void longInvoiceFlowsOntoMorePagesAndStaysConformant() throws Exception {
        List<InvoiceDocument.Line> lines = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            lines.add(new InvoiceDocument.Line("Linje " + i + " med en lang tekst der må ombrydes pænt over flere "
                    + "linjer i kolonnen uden at løbe ind i beløbet", 1000));
        }
        byte[] pdf = InvoicePdf.render(invoice(false, lines));
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() > 1);
        }
    }

    @Test
    void validatorRejectsAPlainPdf() throws Exception {
        // The check must be able to fail: a PDF without the PDF/A metadata is refused.
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            assertFalse(PdfAValidator.failures(out.toByteArray()).isEmpty());
        }
    }

    @Test
    void kronerUsesDanishGroupingAndDecimalComma() {
        assertEquals("1.234,56 kr.", InvoicePdf.kroner(123456));
        assertEquals("-0,05 kr.", InvoicePdf.kroner(-5));
        assertEquals("0,00 kr.", InvoicePdf.kroner(0));
    }
}
