package dk.oplys.integration.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.testing.PdfAValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers lay out what they are given: valid against the XSD, a readable workbook, a PDF/A file. */
class ReportWritersTest {

    static final ReportHeader HEADER = new ReportHeader("S1-760-2026-01-01-2026-06-30", 2, "Aftenskolen Æblegård",
            "12345678", "760", "Ringkøbing-Skjern", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            Instant.parse("2026-07-01T10:00:00Z"));

    static final Section SUBSIDY = new Section("subsidy", "Tilskud", "FOL § 43", List.of(
            new Section.Column("name", "Navn"), new Section.Column("address", "Adresse"),
            new Section.Column("birthDate", "Fødselsdato"), new Section.Column("course", "Kursus"),
            new Section.Column("activityKind", "Aktivitetsform"), new Section.Column("participantHours", "Timer")),
            false, true);
    static final Section REFUSION = new Section("refusion", "Refusion", "FOL § 43", List.of(
            new Section.Column("name", "Navn"), new Section.Column("address", "Adresse"),
            new Section.Column("birthDate", "Fødselsdato"), new Section.Column("cpr", "CPR-nummer"),
            new Section.Column("hjemstedskommune", "Hjemstedskommune"), new Section.Column("course", "Kursus"),
            new Section.Column("activityKind", "Aktivitetsform"), new Section.Column("participantHours", "Timer")),
            true, true);

    static final Rows ROWS = (section, sink) -> {
        Cell.PostalAddress a = new Cell.PostalAddress("Ågade 3", "6900", "Skjern");
        if (section.name().equals("subsidy")) {
            sink.accept(new Row(2026, null, null, List.of(new Cell("name", "Navn", "Åse Øster"),
                    new Cell("address", "Adresse", a), new Cell("birthDate", "Fødselsdato", "1970-01-02"),
                    new Cell("course", "Kursus", "Keramik"), new Cell("activityKind", "Aktivitetsform", "UNDERVISNING"),
                    new Cell("participantHours", "Timer", "12.00"))));
        } else {
            sink.accept(new Row(2026, "657", "Herning", List.of(new Cell("name", "Navn", "Bo Bæk"),
                    new Cell("address", "Adresse", a), new Cell("birthDate", "Fødselsdato", "1955-03-02"),
                    new Cell("cpr", "CPR-nummer", "020355-1233"), new Cell("hjemstedskommune", "Hjemstedskommune", "657"),
                    new Cell("course", "Kursus", "Keramik"), new Cell("activityKind", "Aktivitetsform", "UNDERVISNING"),
                    new Cell("participantHours", "Timer", "12.00"))));
        }
    };

    @Test
    void xmlIsValidAgainstTheSchemaAsDocumentAndAsDeliveryPayload() throws Exception {
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ReportWritersTest.class.getResource("/wsdl/municipal-report-v1.xsd"));
        for (boolean delivery : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportXml.write(HEADER, List.of(SUBSIDY, REFUSION), ROWS, out, delivery);
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(out.toByteArray())));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("Åse Øster"));
        }
    }

    @Test
    void workbookHasOneSheetPerSectionWithTheLabelsAsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportXlsx.write(HEADER, List.of(SUBSIDY, REFUSION), ROWS, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(2, book.getNumberOfSheets());
            var head = book.getSheetAt(1).getRow(ReportXlsx.HEADER_ROW);
            assertEquals("Kalenderår", head.getCell(0).getStringCellValue());
            assertEquals("CPR-nummer", head.getCell(4).getStringCellValue());
            assertEquals("020355-1233", book.getSheetAt(1).getRow(ReportXlsx.HEADER_ROW + 1).getCell(4).getStringCellValue());
        }
    }

    @Test
    void pdfIsPdfA() {
        byte[] pdf = ReportPdf.render(HEADER, List.of(SUBSIDY, REFUSION), ROWS);
        assertEquals(List.of(), PdfAValidator.failures(pdf));
    }
}
