package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.testing.FakeMunicipality;
import dk.oplys.integration.testing.PdfAValidator;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Municipal reporting end to end on the running server: rules as data, the § 43 report with hours
 * split per calendar year, and minimal disclosure proved on what actually leaves (XML, JSON, the
 * Excel workbook, the PDF): no field outside the recipient's list, and CPR only in the refusion
 * section and only for the participant who qualifies. Four participants of school A, reported to
 * Ringkøbing-Skjern (760, whose demo rules require CPR): one from 760 itself, one from Herning (657)
 * with CPR, one from Herning without CPR, and one from Herning in a lecture only. Courses lie in a
 * random far year so reruns against a kept database and the demo data never meet.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MunicipalReportIT {

    /** What each section may carry, as docs/municipal-reporting.md promises (independent of the code). */
    static final Set<String> SUBSIDY_FIELDS = Set.of("name", "address", "birthDate", "course", "activityKind",
            "participantHours");
    static final Set<String> REFUSION_FIELDS = Set.of("name", "address", "birthDate", "cpr", "hjemstedskommune",
            "betalingskommune", "course", "activityKind", "participantHours");
    static final Set<String> SUBSIDY_LABELS = Set.of("Kalenderår", "Navn", "Adresse", "Fødselsdato", "Kursus",
            "Aktivitetsform", "Deltagertimer (lektioner à 45 min.)");
    static final Set<String> REFUSION_LABELS = Set.of("Kalenderår", "Navn", "Adresse", "Fødselsdato", "CPR-nummer",
            "Hjemstedskommune", "Betalingskommune", "Kursus", "Aktivitetsform", "Deltagertimer (lektioner à 45 min.)");

    static int year;
    static long teaching;
    static long lecture;
    static Person same;
    static Person other;
    static Person noCpr;
    static Person lecturee;
    static long reportId;
    /** Courses made here; completed at the end so they leave the public catalogue other tests look at. */
    static final List<Long> createdCourses = new java.util.concurrent.CopyOnWriteArrayList<>();
    static FakeMunicipality municipality;

    record Person(String first, String cpr, LocalDate birth) {
        String cprDashed() {
            return cpr == null ? null : cpr.substring(0, 6) + "-" + cpr.substring(6);
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void courses() throws Exception {
        // The demo rule of 760 points the test server at this receiver (see arquillian.xml).
        municipality = new FakeMunicipality(Integer.getInteger("oplys.test.municipality.port", 18191));
        year = 2040 + ThreadLocalRandom.current().nextInt(50);
        teaching = course("UNDERVISNING", LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 1, 5));
        lecture = course("FOREDRAG", LocalDate.of(year, 12, 2));
        same = book(teaching, "760", "6900", true);
        other = book(teaching, "657", "7400", true);
        noCpr = book(teaching, "657", "7400", false);
        lecturee = book(lecture, "657", "7400", true);
        Answer made = call("POST", "/api/municipal-reports", "bogholder", period("760"));
        assertEquals(201, made.status(), made.body());
        reportId = made.json().getJsonNumber("id").longValue();
    }

    @AfterAll
    static void completeCoursesAndStopPeer() throws Exception {
        municipality.close();
        for (long id : createdCourses) {
            call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"CONFIRMED\"}");
            call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"COMPLETED\"}");
        }
    }

    // --- the report's content -------------------------------------------------------------------

    @Test
    void previewCountsParticipantsAndSplitsHoursPerCalendarYear() throws Exception {
        JsonObject v = call("GET", "/api/municipal-reports/" + reportId, "bogholder", null).json();
        assertEquals(4, v.getInt("subsidyParticipants"), v.toString());
        assertEquals(2, v.getInt("refusionParticipants"), "the lecture and the 760 participant claim no refusion");
        assertEquals(2, v.getInt("cprLines"), "one qualifying participant, two calendar years");
        assertTrue(v.getBoolean("cprRequired"));
        Map<String, String> hours = new java.util.HashMap<>();
        for (JsonValue t : v.getJsonArray("subsidyTotals")) {
            JsonObject o = t.asJsonObject();
            hours.put(o.getString("activityKind") + "/" + o.getInt("calendarYear"),
                    o.getInt("participants") + "x" + o.getJsonNumber("participantHours").bigDecimalValue().stripTrailingZeros().toPlainString());
        }
        assertEquals(Map.of("UNDERVISNING/" + year, "3x6", "UNDERVISNING/" + (year + 1), "3x6", "FOREDRAG/" + year, "1x2"),
                hours);
        assertFalse(v.toString().contains(other.cprDashed()), "the preview names nobody");
    }

    @Test
    void xmlFollowsTheSchemaAndCarriesOnlyDeclaredFields() throws Exception {
        Answer xml = call("GET", "/api/municipal-reports/" + reportId + "/xml", "bogholder", null);
        assertEquals(200, xml.status(), xml.body());
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(MunicipalReportIT.class.getResource("/wsdl/municipal-report-v1.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml.bytes())));
        Document doc = parse(xml.bytes());
        Element subsidy = only(doc, "subsidy");
        Element refusion = only(doc, "refusion");
        assertFieldsWithin(subsidy, SUBSIDY_FIELDS);
        assertFieldsWithin(refusion, REFUSION_FIELDS);
        assertEquals(4 + 3, children(subsidy, "participant").size(), "3 x 2 years of teaching, 1 lecture");

        // CPR: only the Herning participant with a CPR number, only in the refusion section, once per year.
        List<Element> cprs = children(refusion, "cpr");
        assertEquals(2, cprs.size());
        for (Element c : cprs) {
            assertEquals(other.cprDashed(), c.getTextContent());
        }
        assertTrue(children(subsidy, "cpr").isEmpty());
        assertNoCprOf(xml.body(), same, noCpr, lecturee);
        // Refusion grouped by the municipality it is claimed from; hours split per calendar year.
        List<Element> groups = children(refusion, "fromMunicipality");
        assertTrue(groups.stream().anyMatch(g -> g.getAttribute("code").equals("657")));
        Set<String> years = new HashSet<>();
        for (Element p : children(refusion, "participant")) {
            years.add(p.getAttribute("calendarYear"));
            assertEquals("2.00", children(p, "participantHours").get(0).getTextContent());
        }
        assertEquals(Set.of("" + year, "" + (year + 1)), years);
    }

    @Test
    void workbookHasOnlyDeclaredColumnsAndCprOnlyInTheRefusionSheet() throws Exception {
        Answer x = call("GET", "/api/municipal-reports/" + reportId + "/xlsx", "bogholder", null);
        assertEquals(200, x.status(), x.body());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(x.bytes()))) {
            assertEquals(2, book.getNumberOfSheets());
            Sheet subsidy = book.getSheetAt(0);
            Sheet refusion = book.getSheetAt(1);
            assertTrue(SUBSIDY_LABELS.containsAll(header(subsidy)), header(subsidy).toString());
            assertTrue(REFUSION_LABELS.containsAll(header(refusion)), header(refusion).toString());
            String subsidyText = text(subsidy);
            String refusionText = text(refusion);
            assertFalse(subsidyText.contains(other.cprDashed()));
            assertEquals(2, count(refusionText, other.cprDashed()));
            assertNoCprOf(subsidyText + refusionText, same, noCpr, lecturee);
            assertTrue(subsidyText.contains(lecturee.first()), "the lecture participant is counted for subsidy");
            assertFalse(refusionText.contains(lecturee.first()), "but no refusion is claimed for a lecture");
            assertFalse(refusionText.contains(same.first()), "nor for a participant of the municipality itself");
        }
    }

    @Test
    void pdfIsPdfAWithCprOnlyForTheQualifyingParticipant() throws Exception {
        Answer pdf = call("GET", "/api/municipal-reports/" + reportId + "/pdf", "bogholder", null);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        try (PDDocument d = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(d);
            assertEquals(2, count(text, other.cprDashed()));
            assertNoCprOf(text, same, noCpr, lecturee);
        }
    }

    // --- pull ------------------------------------------------------------------------------------

    @Test
    void municipalitiesPullOnlyTheirOwnReleasedReports() throws Exception {
        // A draft is not addressed to anybody yet.
        assertEquals(404, call("GET", "/api/municipality/reports/" + reportId, "kommune-760", null).status());
        assertEquals(200, call("POST", "/api/municipal-reports/" + reportId + "/release", "bogholder", null).status());

        JsonArray mine = call("GET", "/api/municipality/reports", "kommune-760", null).array();
        assertTrue(ids(mine).contains(reportId));
        JsonArray theirs = call("GET", "/api/municipality/reports", "kommune-751", null).array();
        assertFalse(ids(theirs).contains(reportId));
        for (String path : List.of("", "/xml", "/xlsx", "/pdf")) {
            assertEquals(404, call("GET", "/api/municipality/reports/" + reportId + path, "kommune-751", null).status(),
                    path);
        }

        Answer json = call("GET", "/api/municipality/reports/" + reportId, "kommune-760", null);
        assertEquals(200, json.status(), json.body());
        JsonObject r = json.json();
        List<JsonObject> subsidy = r.getJsonObject("subsidy").getJsonArray("participants").getValuesAs(JsonObject.class);
        List<JsonObject> refusion = new ArrayList<>();
        for (JsonObject g : r.getJsonObject("refusion").getJsonArray("fromMunicipalities").getValuesAs(JsonObject.class)) {
            refusion.addAll(g.getJsonArray("participants").getValuesAs(JsonObject.class));
        }
        for (JsonObject p : subsidy) {
            Set<String> keys = new HashSet<>(p.keySet());
            keys.remove("calendarYear");
            assertTrue(SUBSIDY_FIELDS.containsAll(keys), keys.toString());
        }
        long withCpr = 0;
        for (JsonObject p : refusion) {
            Set<String> keys = new HashSet<>(p.keySet());
            keys.remove("calendarYear");
            assertTrue(REFUSION_FIELDS.containsAll(keys), keys.toString());
            if (p.containsKey("cpr")) {
                assertEquals(other.cprDashed(), p.getString("cpr"));
                withCpr++;
            }
        }
        assertEquals(2, withCpr);
        assertNoCprOf(json.body(), same, noCpr, lecturee);
        assertEquals(200, call("GET", "/api/municipality/reports/" + reportId + "/xlsx", "kommune-760", null).status());

        // Roles: staff cannot use the pull interface, a municipality cannot reach the staff API.
        assertEquals(403, call("GET", "/api/municipality/reports", "bogholder", null).status());
        assertEquals(403, call("GET", "/api/municipal-reports", "kommune-760", null).status());
        assertEquals(403, call("GET", "/api/municipal-reports/" + reportId + "/xml", "kommune-760", null).status());
        assertEquals(403, call("GET", "/api/municipal-reports", "kontor", null).status());

        // Every delivery is in the disclosure log: the pull, with the refusion fields incl. CPR.
        JsonArray log = call("GET", "/api/municipal-reports/" + reportId + "/disclosures", "bogholder", null).array();
        JsonObject pulled = log.getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("channel").equals("REST_PULL") && d.getString("recipient").equals("MUNICIPALITY_REFUSION"))
                .findFirst().orElseThrow(() -> new AssertionError(log.toString()));
        assertEquals("760", pulled.getString("recipientRef"));
        assertEquals("kommune-760", pulled.getString("actor"));
        assertEquals(2, pulled.getInt("persons"));
        assertTrue(pulled.getJsonArray("fields").toString().contains("CPR"));
        assertFalse(pulled.getString("legalBasis").isBlank());
        assertTrue(log.getValuesAs(JsonObject.class).stream().filter(d -> d.getString("recipient").equals("MUNICIPALITY_SUBSIDY"))
                .allMatch(d -> !d.getJsonArray("fields").toString().contains("CPR")));
    }

    // --- versions ----------------------------------------------------------------------------------

    @Test
    void sameContentIsTheSameReportAndAChangeIsANewVersion() throws Exception {
        long course = course("UNDERVISNING", LocalDate.of(year, 9, 1));
        String p = "{\"municipalityCode\":\"760\",\"from\":\"" + year + "-08-01\",\"to\":\"" + year + "-10-31\"}";
        JsonObject first = call("POST", "/api/municipal-reports", "bogholder", p).json();
        JsonObject again = call("POST", "/api/municipal-reports", "bogholder", p).json();
        assertEquals(first.getJsonNumber("id").longValue(), again.getJsonNumber("id").longValue());
        assertEquals(first.getInt("version"), again.getInt("version"));
        book(course, "657", "7400", true);
        JsonObject changed = call("POST", "/api/municipal-reports", "bogholder", p).json();
        assertEquals(first.getString("reportId"), changed.getString("reportId"));
        assertEquals(first.getInt("version") + 1, changed.getInt("version"));
        assertNotEquals(first.getJsonNumber("id").longValue(), changed.getJsonNumber("id").longValue());
        assertEquals("SUPERSEDED", call("GET", "/api/municipal-reports/" + first.getJsonNumber("id"), "bogholder", null)
                .json().getString("status"));
        Answer release = call("POST", "/api/municipal-reports/" + first.getJsonNumber("id") + "/release", "bogholder", null);
        assertEquals(409, release.status(), release.body());
    }

    // --- SOAP delivery ---------------------------------------------------------------------------

    @Test
    void soapDeliveryIsSchemaValidIdempotentAndCorrectionsAreNewVersions() throws Exception {
        long course = course("UNDERVISNING", LocalDate.of(year, 3, 3), LocalDate.of(year, 3, 10));
        Person home = book(course, "760", "6900", true);
        Person away = book(course, "657", "7400", true);
        String p = "{\"municipalityCode\":\"760\",\"from\":\"" + year + "-03-01\",\"to\":\"" + year + "-04-30\"}";
        JsonObject v1 = call("POST", "/api/municipal-reports", "bogholder", p).json();
        long id1 = v1.getJsonNumber("id").longValue();
        int before = municipality.received().size();

        Answer sent = call("POST", "/api/municipal-reports/" + id1 + "/send", "bogholder", null);
        assertEquals(200, sent.status(), sent.body());
        assertEquals("ACCEPTED", sent.json().getString("outcome"));
        String receipt = sent.json().getString("receipt");
        FakeMunicipality.Received got = municipality.received().get(before);
        assertEquals(v1.getString("reportId"), got.reportId());
        assertEquals(1, got.version());
        // What was on the wire: declared fields only, CPR only in refusion and only for the participant from 657.
        Document wire = parse(got.xml().getBytes(StandardCharsets.UTF_8));
        assertFieldsWithin(only(wire, "subsidy"), SUBSIDY_FIELDS);
        assertFieldsWithin(only(wire, "refusion"), REFUSION_FIELDS);
        assertTrue(children(only(wire, "subsidy"), "cpr").isEmpty());
        assertEquals(1, children(only(wire, "refusion"), "cpr").size());
        assertEquals(away.cprDashed(), children(only(wire, "refusion"), "cpr").get(0).getTextContent());
        assertNoCprOf(got.xml(), home);

        // Sending again: the receiver sees a duplicate and answers with the same receipt.
        Answer again = call("POST", "/api/municipal-reports/" + id1 + "/send", "bogholder", null);
        assertEquals(200, again.status(), again.body());
        assertEquals("DUPLICATE", again.json().getString("outcome"));
        assertEquals(receipt, again.json().getString("receipt"));
        JsonObject state = call("GET", "/api/municipal-reports/" + id1, "bogholder", null).json();
        assertEquals("SENT", state.getString("status"));
        assertEquals(receipt, state.getString("receipt"));

        // A change makes version 2: a correction to the receiver; the old version can no longer be sent.
        book(course, "661", "7500", true);
        JsonObject v2 = call("POST", "/api/municipal-reports", "bogholder", p).json();
        assertEquals(2, v2.getInt("version"));
        Answer corrected = call("POST", "/api/municipal-reports/" + v2.getJsonNumber("id") + "/send", "bogholder", null);
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("CORRECTION", corrected.json().getString("outcome"));
        assertEquals(2, corrected.json().getInt("receiverVersion"));
        Answer old = call("POST", "/api/municipal-reports/" + id1 + "/send", "bogholder", null);
        assertEquals(409, old.status(), old.body());
        assertTrue(old.body().contains("report-superseded"));

        // The receipt is in the disclosure log with the SOAP delivery.
        JsonArray log = call("GET", "/api/municipal-reports/" + id1 + "/disclosures", "bogholder", null).array();
        assertTrue(log.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getString("channel").equals("SOAP")
                && receipt.equals(d.getString("receipt", null)) && d.getString("recipient").equals("MUNICIPALITY_REFUSION")
                && d.getInt("persons") == 1), log.toString());
    }

    @Test
    void aFailedDeliveryIsLoggedAndCanBeRetried() throws Exception {
        long course = course("STUDIEKREDS", LocalDate.of(year, 5, 5));
        book(course, "657", "7400", true);
        String p = "{\"municipalityCode\":\"760\",\"from\":\"" + year + "-05-01\",\"to\":\"" + year + "-05-31\"}";
        long id = call("POST", "/api/municipal-reports", "bogholder", p).json().getJsonNumber("id").longValue();
        municipality.down(true);
        try {
            Answer failed = call("POST", "/api/municipal-reports/" + id + "/send", "bogholder", null);
            assertEquals(409, failed.status(), failed.body());
            assertTrue(failed.body().contains("municipal-delivery-failed"));
        } finally {
            municipality.down(false);
        }
        JsonArray log = call("GET", "/api/municipal-reports/" + id + "/disclosures", "bogholder", null).array();
        assertTrue(log.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getString("channel").equals("SOAP")
                && d.getString("receipt", "").startsWith("no receipt")), log.toString());
        Answer retried = call("POST", "/api/municipal-reports/" + id + "/send", "bogholder", null);
        assertEquals(200, retried.status(), retried.body());
        assertEquals("ACCEPTED", retried.json().getString("outcome"));
    }

    @Test
    void aFileMunicipalityGetsNoSoapAndPullsOnlyItsOwn() throws Exception {
        String p = "{\"municipalityCode\":\"751\",\"from\":\"" + year + "-01-01\",\"to\":\"" + year + "-12-31\"}";
        Answer made = call("POST", "/api/municipal-reports", "bogholder-b", p);
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertFalse(made.json().getBoolean("cprRequired"));
        Answer soap = call("POST", "/api/municipal-reports/" + id + "/send", "bogholder-b", null);
        assertEquals(409, soap.status(), soap.body());
        assertTrue(soap.body().contains("municipal-delivery-not-soap"));
        assertEquals(404, call("GET", "/api/municipal-reports/" + id, "bogholder", null).status(), "another school's report");
        assertEquals(200, call("POST", "/api/municipal-reports/" + id + "/release", "bogholder-b", null).status());
        assertTrue(ids(call("GET", "/api/municipality/reports", "kommune-751", null).array()).contains(id));
        assertFalse(ids(call("GET", "/api/municipality/reports", "kommune-760", null).array()).contains(id));
        assertEquals(404, call("GET", "/api/municipality/reports/" + id, "kommune-760", null).status());
        assertEquals(200, call("GET", "/api/municipality/reports/" + id + "/pdf", "kommune-751", null).status());
    }

    // --- reduced-fee claim and subsidy accounts ----------------------------------------------------

    @Test
    void reducedFeeClaimCarriesOnlyItsFieldsAndAccountsSumTheLedger() throws Exception {
        long c = course("INSTRUMENTAL", 100000, 70000L, LocalDate.of(year, 2, 2), LocalDate.of(year, 2, 9));
        Person pensioner = book(c, "657", "7400", true, "\"reducedFee\":{\"group\":\"PENSIONIST\",\"declared\":true}");
        Person full = book(c, "760", "6900", true);
        String q = "?municipality=760&from=" + year + "-02-01&to=" + year + "-02-28";
        Answer claim = call("GET", "/api/municipal-reports/reduced-fee-claim" + q, "bogholder", null);
        assertEquals(200, claim.status(), claim.body());
        JsonArray groups = claim.json().getJsonObject("reducedFee").getJsonArray("groups");
        assertEquals(1, groups.size(), claim.body());
        assertEquals("PENSIONIST", groups.getJsonObject(0).getString("code"));
        JsonArray people = groups.getJsonObject(0).getJsonArray("participants");
        assertEquals(1, people.size());
        JsonObject p = people.getJsonObject(0);
        assertTrue(Set.of("name", "address", "course", "lessons", "reducedFeeGroup", "reducedFeeAmount", "declaration")
                .containsAll(p.keySet()), p.keySet().toString());
        assertTrue(p.getString("name").startsWith(pensioner.first()));
        assertEquals("4.00", p.getString("lessons"));
        assertEquals("300,00 kr.", p.getString("reducedFeeAmount"));
        assertTrue(p.getString("declaration").startsWith("Tro og love-erklæring"));
        assertNoCprOf(claim.body(), pensioner, full);
        assertFalse(claim.body().contains(pensioner.birth().toString()), "no birth date in the claim");
        assertFalse(claim.body().contains(full.first()), "only participants with a reduced fee");
        Answer xlsx = call("GET", "/api/municipal-reports/reduced-fee-claim" + q + "&format=xlsx", "bogholder", null);
        assertEquals(200, xlsx.status(), xlsx.body());
        Answer pdf = call("GET", "/api/municipal-reports/reduced-fee-claim" + q + "&format=pdf", "bogholder", null);
        assertEquals(200, pdf.status(), pdf.body());
        assertEquals(List.of(), PdfAValidator.failures(pdf.bytes()));
        assertEquals(400, call("GET", "/api/municipal-reports/reduced-fee-claim" + q + "&format=doc", "bogholder", null)
                .status());
        assertEquals(400, call("GET", "/api/municipal-reports/reduced-fee-claim?municipality=760&from=x&to=y", "bogholder",
                null).status());

        Answer acc = call("GET", "/api/municipal-reports/accounts?municipality=760&year=" + year, "bogholder", null);
        assertEquals(200, acc.status(), acc.body());
        JsonObject line = acc.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("activityKind").equals("INSTRUMENTAL")).findFirst().orElseThrow();
        assertEquals("5/7", line.getString("subsidyFraction"), "Ringkøbing-Skjern's instrumental fraction");
        assertEquals(170000, line.getJsonNumber("participantsInvoicedOre").longValue());
        assertEquals(0, line.getJsonNumber("lessons").bigDecimalValue().compareTo(new java.math.BigDecimal("4.00")));
        assertTrue(!line.containsKey("teacherPayOre") || line.isNull("teacherPayOre"), "teacher pay is not recorded");
        assertEquals((year + 1) + "-04-01", acc.json().getString("due"));
        assertEquals(400, call("GET", "/api/municipal-reports/accounts?municipality=760&year=abc", "bogholder", null)
                .status());
        assertEquals(403, call("GET", "/api/municipal-reports/accounts?municipality=760&year=" + year, "kontor", null)
                .status());
    }

    // --- rules -------------------------------------------------------------------------------------

    @Test
    void rulesAreDataWithValidityPeriodsThatNeverOverlap() throws Exception {
        JsonArray rules = call("GET", "/api/municipal-rules", "bogholder", null).array();
        assertTrue(rules.getValuesAs(JsonObject.class).stream().anyMatch(r -> r.getString("municipalityCode").equals("760")
                && r.getBoolean("cprRequired") && r.getString("delivery").equals("SOAP")));
        Answer overlap = call("POST", "/api/municipal-rules", "rektor", rule("760", year + "-01-01", null, "FILE", null));
        assertEquals(409, overlap.status(), overlap.body());
        assertTrue(overlap.body().contains("municipal-rule-overlap"));

        Answer made = call("POST", "/api/municipal-rules", "rektor", rule("101", year + "-01-01", year + "-12-31", "FILE", null));
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals(409, call("POST", "/api/municipal-rules", "rektor",
                rule("101", year + "-06-01", (year + 1) + "-05-31", "FILE", null)).status());
        assertEquals(201, call("POST", "/api/municipal-rules", "rektor",
                rule("101", (year + 1) + "-01-01", null, "FILE", null)).status());
        assertEquals(200, call("PUT", "/api/municipal-rules/" + id, "rektor",
                rule("101", year + "-01-01", year + "-12-31", "SOAP", "https://kommune.example/ws")).status());
        assertEquals(204, call("DELETE", "/api/municipal-rules/" + id, "rektor", null).status());

        assertEquals(400, call("POST", "/api/municipal-rules", "rektor",
                rule("102", year + "-02-01", year + "-01-01", "FILE", null)).status(), "validTo before validFrom");
        assertEquals(400, call("POST", "/api/municipal-rules", "rektor",
                rule("102", year + "-01-01", null, "SOAP", null)).status(), "SOAP without an address");
        assertEquals(400, call("POST", "/api/municipal-rules", "rektor",
                rule("102", year + "-01-01", null, "SOAP", "http://kommune.example/ws")).status(), "plain http off-machine");
        assertEquals(400, call("POST", "/api/municipal-rules", "rektor",
                rule("999", year + "-01-01", null, "FILE", null)).status(), "unknown municipality");
        assertEquals(400, call("POST", "/api/municipal-rules", "rektor",
                rule("760", year + "-01-01", null, "MAIL", null)).status(), "unknown delivery");
        assertEquals(403, call("GET", "/api/municipal-rules", "kontor", null).status());
        Answer none = call("POST", "/api/municipal-reports", "bogholder",
                "{\"municipalityCode\":\"147\",\"from\":\"" + year + "-01-01\",\"to\":\"" + year + "-06-30\"}");
        assertEquals(409, none.status(), none.body());
        assertTrue(none.body().contains("municipal-rule-missing"));
        assertEquals(400, call("POST", "/api/municipal-reports", "bogholder",
                "{\"municipalityCode\":\"760\",\"from\":\"" + year + "-06-01\",\"to\":\"" + year + "-01-01\"}").status());
    }

    // --- helpers -----------------------------------------------------------------------------------

    static String period(String municipality) {
        return "{\"municipalityCode\":\"" + municipality + "\",\"from\":\"" + year + "-11-01\",\"to\":\"" + (year + 1)
                + "-06-30\"}";
    }

    static String rule(String municipality, String from, String to, String delivery, String endpoint) {
        return "{\"municipalityCode\":\"" + municipality + "\",\"validFrom\":\"" + from + "\",\"validTo\":"
                + (to == null ? "null" : "\"" + to + "\"") + ",\"cprRequired\":false,\"delivery\":\"" + delivery
                + "\",\"soapEndpoint\":" + (endpoint == null ? "null" : "\"" + endpoint + "\"") + ",\"accountsDue\":\"03-01\","
                + "\"fractions\":[{\"activityKind\":\"UNDERVISNING\",\"numerator\":1,\"denominator\":3}],"
                + "\"reducedFees\":[],\"periods\":[{\"starts\":\"01-01\",\"ends\":\"12-31\",\"deadline\":\"03-01\"}]}";
    }

    /** An open course of school A at its Skjern venue (municipality 760), one 90-minute lesson on each date. */
    static long course(String kind, LocalDate... dates) throws Exception {
        return course(kind, 0, null, dates);
    }

    static long course(String kind, long fee, Long reduced, LocalDate... dates) throws Exception {
        long venue = call("GET", "/api/courses", "kontor", null).array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonObject("venue")).filter(v -> v.getString("municipalityCode", "760").equals("760"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        StringBuilder lessons = new StringBuilder();
        for (LocalDate d : dates) {
            lessons.append(lessons.length() == 0 ? "" : ",").append("{\"date\":\"").append(d)
                    .append("\",\"start\":\"19:00:00\",\"end\":\"20:30:00\"}");
        }
        String body = "{\"title\":\"" + Api.unique("Rapportkursus") + "\",\"description\":\"t\",\"activityKind\":\"" + kind
                + "\",\"venueId\":" + venue + ",\"capacity\":20,\"feeOre\":" + fee + ",\"reducedFeeOre\":" + reduced + ","
                + "\"signupOpensAt\":\"" + Instant.now().minusSeconds(3600) + "\",\"signupClosesAt\":\""
                + Instant.now().plusSeconds(86400) + "\",\"transportOffered\":false,\"lessons\":[" + lessons + "],"
                + "\"fields\":[],\"teacherIds\":[]}";
        Answer made = call("POST", "/api/courses", "kontor", body);
        assertEquals(201, made.status(), made.body());
        long id = made.json().getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "/api/courses/" + id + "/status", "kontor", "{\"status\":\"OPEN\"}").status());
        createdCourses.add(id);
        return id;
    }

    /** A phone booking of a new person living in {@code municipality}, with or without a CPR number. */
    static Person book(long course, String municipality, String postcode, boolean withCpr) throws Exception {
        return book(course, municipality, postcode, withCpr, null);
    }

    static Person book(long course, String municipality, String postcode, boolean withCpr, String extra)
            throws Exception {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String cpr = withCpr ? String.format("%02d%02d%02d%d%03d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100, rnd.nextInt(4), rnd.nextInt(1000)) : null;
        String first = "Rapport" + Api.unique("x").substring(2);
        String body = "{\"participant\":{\"firstName\":\"" + first + "\",\"lastName\":\"Kursist\",\"street\":\"Testvej 2\","
                + "\"postcode\":\"" + postcode + "\",\"city\":\"By\",\"municipalityCode\":\"" + municipality + "\","
                + "\"birthDate\":\"" + birth + "\"," + (cpr == null ? "" : "\"cpr\":\"" + cpr + "\",")
                + "\"email\":\"" + first.toLowerCase() + "@example.dk\"},\"channel\":\"PHONE\""
                + (extra == null ? "" : "," + extra) + "}";
        Answer a = call("POST", "/api/courses/" + course + "/bookings", "kontor", body);
        assertEquals(201, a.status(), a.body());
        assertEquals("CONFIRMED", a.json().getString("status"));
        return new Person(first, cpr, birth);
    }

    static void assertNoCprOf(String text, Person... people) {
        for (Person p : people) {
            if (p.cpr() != null) {
                assertFalse(text.contains(p.cprDashed()) || text.contains(p.cpr()), "CPR of " + p.first() + " disclosed");
            }
        }
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static Element only(Document doc, String name) {
        NodeList l = doc.getElementsByTagNameNS("urn:oplys:municipal-report:v1", name);
        assertEquals(1, l.getLength(), name);
        return (Element) l.item(0);
    }

    /** Descendants named {@code name}. */
    static List<Element> children(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS("urn:oplys:municipal-report:v1", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** Every child element of every participant in the section is an allowed field. */
    static void assertFieldsWithin(Element section, Set<String> allowed) {
        for (Element p : children(section, "participant")) {
            for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c) {
                    assertTrue(allowed.contains(c.getLocalName()), section.getLocalName() + " carries " + c.getLocalName());
                }
            }
            for (int i = 0; i < p.getAttributes().getLength(); i++) {
                assertEquals("calendarYear", p.getAttributes().item(i).getNodeName());
            }
        }
    }

    static List<String> header(Sheet s) {
        Row r = s.getRow(6);
        List<String> out = new ArrayList<>();
        for (Cell c : r) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            for (Cell c : r) {
                sb.append(c.toString()).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Set<Long> ids(JsonArray a) {
        Set<Long> out = new HashSet<>();
        for (JsonObject o : a.getValuesAs(JsonObject.class)) {
            out.add(o.getJsonNumber("id").longValue());
        }
        return out;
    }

    static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
}
