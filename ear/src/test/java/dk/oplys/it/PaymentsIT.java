package dk.oplys.it;

import static dk.oplys.it.Api.call;
import static dk.oplys.it.Api.newOpenCourse;
import static dk.oplys.it.Api.participant;
import static dk.oplys.it.Api.person;
import static dk.oplys.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.oplys.integration.payment.epay.EpaySignature;
import dk.oplys.integration.testing.FakeEpay;
import dk.oplys.integration.testing.PdfAValidator;
import dk.oplys.it.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoicing and card payment end to end on the running server: a real SMTP server (GreenMail)
 * receives the e-mails, a real SOAP peer (the fake provider, from the same WSDL) receives the
 * captures, credits and deletes, and every PDF handed out is checked by veraPDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentsIT {

    static final String SECRET = System.getProperty("oplys.test.epay.secret", "test-secret-for-callbacks");
    static GreenMail smtp;
    static FakeEpay provider;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void startPeers() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("oplys.test.smtp.port", 18125), "127.0.0.1", "smtp"));
        smtp.start();
        provider = new FakeEpay(Integer.getInteger("oplys.test.epay.port", 18190));
    }

    @AfterAll
    static void stopPeers() {
        smtp.stop();
        provider.close();
    }

    @BeforeEach
    void reset() {
        provider.mode(FakeEpay.Mode.ACCEPT);
    }

    // --- helpers -------------------------------------------------------------------------------

    static JsonObject book(long course, String email, String extra) throws Exception {
        String body = "{\"participant\":" + participant("Pia", email, null, LocalDate.of(1970, 3, 3))
                + ",\"channel\":\"PHONE\"" + (extra == null ? "" : "," + extra) + "}";
        Answer a = call("POST", "/api/courses/" + course + "/bookings", "kontor", body);
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    static JsonObject invoiceFor(long course, String kind) throws Exception {
        return call("GET", "/api/invoices?course=" + course, "kontor", null).array().stream()
                .map(JsonValue::asJsonObject).filter(i -> i.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    static long enrolmentId(long course) throws Exception {
        return call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    static MimeMessage mailTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail reached " + address);
    }

    static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    static String text(MimeMessage m) throws Exception {
        return ((Multipart) m.getContent()).getBodyPart(0).getContent().toString();
    }

    static byte[] pdfAttachment(MimeMessage m) throws Exception {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getContentType().startsWith("application/pdf")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                p.getDataHandler().writeTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    /** The order id in a payment link (…/api/public/payments/{order}). */
    static String order(String paymentUrl) {
        return paymentUrl.substring(paymentUrl.lastIndexOf('/') + 1);
    }

    /** The callback the provider would send, signed with the shared secret. */
    static Answer callback(String order, long amount, String txn, String secret) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("txnid", txn);
        p.put("orderid", order);
        p.put("amount", Long.toString(amount));
        p.put("currency", "208");
        p.put("hash", EpaySignature.of(p, secret));
        String q = p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return call("GET", "/api/public/payments/epay/callback?" + q, null, null);
    }

    static int runPaymentTasks() throws Exception {
        Answer a = call("POST", "/api/invoices/payment-tasks/run", "bogholder", null);
        assertEquals(200, a.status(), a.body());
        return a.json().getInt("calls");
    }

    /**
     * Runs the owed provider calls until the provider has received {@code operation} for
     * {@code amount}, and answers that call. Other test classes leave calls owed to a provider that
     * was not running (they come due again after their back-off, at any moment), and the node's own
     * timer may make the call first: so the call is looked for, not counted.
     */
    static FakeEpay.Received providerGets(String operation, String amount) throws Exception {
        long deadline = System.currentTimeMillis() + 40_000;
        while (true) {
            runPaymentTasks();
            for (FakeEpay.Received r : provider.received()) {
                if (r.operation().equals(operation) && amount.equals(r.fields().get("amount"))) {
                    return r;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the provider did not get " + operation + " of " + amount + ": " + provider.received());
            }
            Thread.sleep(250);
        }
    }

    // --- the flow of the "done means" ---------------------------------------------------

    @Test
    void phoneBookingMailsPaymentLinkPayingMarksPaidConfirmingCapturesCancellingRefunds() throws Exception {
        long course = newOpenCourse(5, 95000, null, LocalDate.now().plusDays(30));
        String email = unique("pia") + "@example.dk";
        JsonObject booked = book(course, email, null);
        assertEquals("CONFIRMED", booked.getString("status"));
        String paymentUrl = booked.getString("paymentUrl");
        assertNotNull(booked.getString("invoiceNumber"));

        // The confirmation e-mail carries the payment link and the invoice as PDF/A.
        MimeMessage mail = mailTo(email);
        assertTrue(text(mail).contains(paymentUrl), text(mail));
        byte[] invoicePdf = pdfAttachment(mail);
        assertEquals(List.of(), PdfAValidator.failures(invoicePdf));
        assertTrue(pdfText(invoicePdf).contains("950,00 kr."), pdfText(invoicePdf));

        // The payment link leads to the provider's window with payer id, course id and amount only.
        Answer link = call("GET", paymentUrl, null, null);
        assertEquals(303, link.status(), link.body());
        URI window = URI.create(link.header("Location"));
        Map<String, String> sent = query(window);
        assertEquals(Set.of("merchantnumber", "amount", "currency", "orderid", "accepturl", "cancelurl", "callbackurl",
                "instantcapture", "payerid", "courseid", "hash"), sent.keySet());
        assertEquals("95000", sent.get("amount"));
        assertEquals(Long.toString(course), sent.get("courseid"));
        for (String value : sent.values()) {
            assertFalse(value.contains("Pia") || value.contains("Testvej") || value.contains(email), value);
        }

        // The payer pays in the (simulated) window; the provider's signed callback marks the invoice paid.
        Answer windowPage = call("GET", window.toString(), null, null);
        assertEquals(200, windowPage.status(), windowPage.body());
        String form = sent.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Answer paid = postForm(window.resolve("pay").toString(), form);
        assertEquals(303, paid.status(), paid.body());
        JsonObject invoice = invoiceFor(course, "INVOICE");
        assertEquals("PAID", invoice.getString("status"));
        assertEquals("AUTHORISED", invoice.getString("cardPayment"));

        // Confirming the course captures the reserved amount at the provider.
        provider.clear();
        assertEquals(200, call("POST", "/api/courses/" + course + "/status", "kontor", "{\"status\":\"CONFIRMED\"}").status());
        providerGets("capture", "95000");
        assertEquals("CAPTURED", invoiceFor(course, "INVOICE").getString("cardPayment"));

        // Cancelling in time issues a credit note that references the invoice and refunds the card.
        provider.clear();
        Answer cancelled = call("POST", "/api/enrolments/" + enrolmentId(course) + "/cancel", "kontor", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject note = invoiceFor(course, "CREDIT_NOTE");
        assertEquals(invoice.getString("number"), note.getString("creditsNumber"));
        assertEquals("CREDITED", invoiceFor(course, "INVOICE").getString("status"));
        providerGets("credit", "95000");
        assertEquals("CREDITED", invoiceFor(course, "INVOICE").getString("cardPayment"));

        Answer notePdf = call("GET", "/api/invoices/" + note.getJsonNumber("id") + "/pdf", "kontor", null);
        assertEquals(200, notePdf.status());
        assertEquals(List.of(), PdfAValidator.failures(notePdf.bytes()));
        assertTrue(pdfText(notePdf.bytes()).contains("Krediterer faktura nr. " + invoice.getString("number")));

        // The ledger of the course sums to zero: invoiced, paid, credited, refunded.
        int year = Integer.parseInt(invoice.getString("number").substring(0, 4));
        Map<String, Long> ledger = ledger(year, course);
        assertEquals(95000L, ledger.get("INVOICE"));
        assertEquals(95000L, ledger.get("PAYMENT"));
        assertEquals(-95000L, ledger.get("CREDIT_NOTE"));
        assertEquals(-95000L, ledger.get("REFUND"));

        // A credit-note e-mail reaches the payer too.
        long deadline = System.currentTimeMillis() + 20_000;
        while (mailsTo(email).size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200); // confirmation, cancellation, credit note
        }
        assertTrue(mailsTo(email).stream().anyMatch(m -> {
            try {
                return m.getSubject().startsWith("Kreditnota");
            } catch (Exception e) {
                return false;
            }
        }));
    }

    static Map<String, Long> ledger(int year, long course) throws Exception {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (JsonValue v : call("GET", "/api/invoices/ledger/" + year, "bogholder", null).array()) {
            JsonObject o = v.asJsonObject();
            if (o.getJsonNumber("courseId").longValue() == course) {
                sums.put(o.getString("kind"), o.getJsonNumber("amountOre").longValue());
            }
        }
        return sums;
    }

    static Answer postForm(String url, String form) throws Exception {
        var r = Api.HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                new String(r.body(), StandardCharsets.UTF_8), r);
    }

    @Test
    void callbacksAreVerifiedIdempotentAndRefuseTamperingAndReplay() throws Exception {
        long course = newOpenCourse(5, 50000, null, LocalDate.now().plusDays(30));
        String order = order(book(course, unique("cb") + "@example.dk", null).getString("paymentUrl"));

        Answer forged = callback(order, 50000, "1111", "not-the-secret");
        assertEquals(400, forged.status());
        assertEquals("payment-rejected", forged.json().getString("code"));
        Answer tampered = callback(order, 100, "1111", SECRET);
        assertEquals(400, tampered.status());
        assertEquals("OPEN", invoiceFor(course, "INVOICE").getString("status"));

        // Transaction ids are unique per provider: fresh ones keep the test repeatable on a reused database.
        String txn = txnId();
        assertEquals(200, callback(order, 50000, txn, SECRET).status());
        assertEquals(200, callback(order, 50000, txn, SECRET).status(), "the same callback again is fine");
        Answer replay = callback(order, 50000, txnId(), SECRET);
        assertEquals(400, replay.status(), "a second transaction for a paid order is a replay");
        JsonObject invoice = invoiceFor(course, "INVOICE");
        assertEquals("PAID", invoice.getString("status"));
        int year = Integer.parseInt(invoice.getString("number").substring(0, 4));
        assertEquals(50000L, ledger(year, course).get("INVOICE"));
        assertFalse(ledger(year, course).containsKey("PAYMENT"), "a reservation is not money until captured");

        assertEquals(400, callback("NO-SUCH-ORDER", 50000, "4444", SECRET).status());
    }

    @Test
    void providerOutageLosesNothingTheCaptureIsRetriedAndStaffSeeItPending() throws Exception {
        long course = newOpenCourse(5, 30000, null, LocalDate.now().plusDays(30));
        String order = order(book(course, unique("down") + "@example.dk", null).getString("paymentUrl"));
        assertEquals(200, callback(order, 30000, txnId(), SECRET).status());

        provider.mode(FakeEpay.Mode.FAULT);
        provider.clear();
        assertEquals(200, call("POST", "/api/courses/" + course + "/status", "kontor", "{\"status\":\"CONFIRMED\"}").status());
        // Tried (now, or by the node's timer) and refused: the capture stays owed for a later attempt.
        JsonObject pending = null;
        for (long until = System.currentTimeMillis() + 40_000; pending == null && System.currentTimeMillis() < until; ) {
            runPaymentTasks();
            pending = call("GET", "/api/invoices/payment-tasks", "kontor", null).array().stream()
                    .map(JsonValue::asJsonObject).filter(t -> t.getString("kind").equals("CAPTURE")
                            && t.getJsonNumber("amountOre").longValue() == 30000
                            && t.getString("status").equals("PENDING") && t.getInt("attempts") >= 1)
                    .findFirst().orElse(null);
            Thread.sleep(pending == null ? 250 : 0);
        }
        assertNotNull(pending, "the failed capture is not pending");
        long pendingId = pending.getJsonNumber("id").longValue();
        assertEquals("AUTHORISED", invoiceFor(course, "INVOICE").getString("cardPayment"));

        provider.mode(FakeEpay.Mode.ACCEPT);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"CAPTURED".equals(invoiceFor(course, "INVOICE").getString("cardPayment"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            runPaymentTasks();
        }
        assertEquals("CAPTURED", invoiceFor(course, "INVOICE").getString("cardPayment"));
        assertTrue(call("GET", "/api/invoices/payment-tasks", "kontor", null).array().stream()
                .noneMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == pendingId));
    }

    @Test
    void concurrentSignUpsGetGaplessUniqueInvoiceNumbers() throws Exception {
        long course = newOpenCourse(40, 20000, null, LocalDate.now().plusDays(30));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String body = person("N" + i, unique("n" + i) + "@example.dk", null, LocalDate.of(1960, 1, 1).plusDays(i));
            answers.add(pool.submit(() -> call("POST", "/api/public/courses/" + course + "/signups", null, body,
                    "Idempotency-Key", UUID.randomUUID().toString())));
        }
        for (Future<Answer> f : answers) {
            assertEquals(201, f.get().status(), f.get().body());
        }
        pool.shutdown();
        // Every number of every fiscal year of school A, from all tests so far: 1..n with no gap or repeat.
        Map<String, List<Long>> byYear = new LinkedHashMap<>();
        for (JsonValue v : call("GET", "/api/invoices", "kontor", null).array()) {
            String number = v.asJsonObject().getString("number");
            byYear.computeIfAbsent(number.substring(0, 4), y -> new ArrayList<>()).add(Long.parseLong(number.substring(5)));
        }
        assertFalse(byYear.isEmpty());
        for (Map.Entry<String, List<Long>> e : byYear.entrySet()) {
            TreeSet<Long> distinct = new TreeSet<>(e.getValue());
            assertEquals(e.getValue().size(), distinct.size(), "duplicate numbers in " + e.getKey());
            assertEquals(1L, distinct.first());
            assertEquals(distinct.size(), distinct.last(), "gap in " + e.getKey() + ": " + distinct);
        }
    }

    @Test
    void reducedFeeNeedsAKnownGroupAndTheDeclarationAndShowsOnTheInvoice() throws Exception {
        long course = newOpenCourse(5, 120000, 90000L, LocalDate.now().plusDays(30));
        String path = "/api/public/courses/" + course + "/signups";
        String base = person("Rita", unique("r") + "@example.dk", null, LocalDate.of(1950, 5, 5));
        Answer undeclared = call("POST", path, null, base.replace("\"consents\":[]",
                "\"consents\":[],\"reducedFee\":{\"group\":\"PENSIONIST\",\"declared\":false}"));
        assertEquals(400, undeclared.status(), undeclared.body());
        assertEquals("declaration-missing", undeclared.json().getString("code"));
        Answer unknown = call("POST", path, null, base.replace("\"consents\":[]",
                "\"consents\":[],\"reducedFee\":{\"group\":\"ASTRONAUT\",\"declared\":true}"));
        assertEquals("reduced-fee-group-unknown", unknown.json().getString("code"));
        assertEquals(0, call("GET", "/api/courses/" + course + "/enrolments", "kontor", null).array().size());

        Answer ok = call("POST", path, null, base.replace("\"consents\":[]",
                "\"consents\":[],\"reducedFee\":{\"group\":\"PENSIONIST\",\"declared\":true}"));
        assertEquals(201, ok.status(), ok.body());
        JsonObject invoice = invoiceFor(course, "INVOICE");
        assertEquals(120000, invoice.getInt("grossOre"));
        assertEquals(30000, invoice.getInt("reductionOre"));
        assertEquals(90000, invoice.getInt("totalOre"));
        byte[] pdf = call("GET", "/api/invoices/" + invoice.getJsonNumber("id") + "/pdf", "kontor", null).bytes();
        assertEquals(List.of(), PdfAValidator.failures(pdf));
        String text = pdfText(pdf);
        assertTrue(text.contains("Nedsat deltagerbetaling: Pensionist") && text.contains("-300,00 kr.")
                && text.contains("tro og love-erklæring"), text);
    }

    @Test
    void staffRecordABankTransferSeeUnpaidAndOnlyAdminMayRecordPayments() throws Exception {
        long course = newOpenCourse(5, 40000, null, LocalDate.now().plusDays(30));
        book(course, unique("bank") + "@example.dk", null);
        JsonObject invoice = invoiceFor(course, "INVOICE");
        String id = invoice.getJsonNumber("id").toString();
        assertTrue(call("GET", "/api/invoices?status=OPEN", "kontor", null).body().contains("\"id\":" + id + ","));

        String transfer = "{\"reference\":\"Bank 2026-11-24 #77\",\"amountOre\":40000}";
        assertEquals(403, call("POST", "/api/invoices/" + id + "/payments", "kontor", transfer).status());
        Answer wrong = call("POST", "/api/invoices/" + id + "/payments", "bogholder",
                "{\"reference\":\"x\",\"amountOre\":1}");
        assertEquals(400, wrong.status());
        assertEquals("payment-amount-mismatch", wrong.json().getString("code"));
        Answer paid = call("POST", "/api/invoices/" + id + "/payments", "bogholder", transfer);
        assertEquals(200, paid.status(), paid.body());
        assertEquals("PAID", paid.json().getString("status"));
        assertEquals(409, call("POST", "/api/invoices/" + id + "/payments", "bogholder", transfer).status());
        assertEquals(404, call("GET", "/api/invoices/" + id, "kontor-b", null).status(), "another school sees nothing");
        assertEquals(202, call("POST", "/api/invoices/" + id + "/resend", "kontor", null).status());
    }

    @Test
    void demoSimulatorAnswersTheProvidersSoapContractWhenSwitchedOn() throws Exception {
        // The same client the server uses, against the simulator the demo runs (on in the test server).
        var epay = new dk.oplys.integration.payment.epay.EpayProvider(new dk.oplys.integration.payment.epay.EpaySettings(
                1, SECRET, URI.create(Api.BASE + "/api/public/epay-simulator/window"),
                URI.create(Api.BASE + "/dev/epay-simulator/soap"), null, java.time.Duration.ofSeconds(2),
                java.time.Duration.ofSeconds(5)));
        epay.capture("123456", 100);
        epay.credit("123456", 100);
        epay.delete("123456");
    }

    @Test
    void overdueListShowsOnlyOpenInvoicesPastTheirDueDate() throws Exception {
        for (JsonValue v : call("GET", "/api/invoices?overdue=true", "kontor", null).array()) {
            JsonObject o = v.asJsonObject();
            assertEquals("OPEN", o.getString("status"));
            assertTrue(o.getBoolean("overdue"));
            assertTrue(LocalDate.parse(o.getString("dueDate")).isBefore(LocalDate.now()));
        }
        Answer bad = call("GET", "/api/invoices?status=NOPE", "kontor", null);
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
    }


    private static String txnId() {
        return Long.toString(1_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(9_000_000_000L));
    }
}
