package dk.oplys.integration.payment.epay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.integration.payment.CallbackCheck;
import dk.oplys.integration.payment.PaymentOrder;
import dk.oplys.integration.payment.ProviderException;
import dk.oplys.integration.testing.FakeEpay;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EpayProviderTest {

    static final String SECRET = "test-secret";
    static FakeEpay fake;
    static EpayProvider epay;

    @BeforeAll
    static void start() {
        fake = new FakeEpay();
        epay = new EpayProvider(new EpaySettings(1234567, SECRET, URI.create("https://window.invalid/ewindow"),
                URI.create(fake.address()), "soap-pw", Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @BeforeEach
    void reset() {
        fake.clear();
        fake.mode(FakeEpay.Mode.ACCEPT);
    }

    static PaymentOrder order() {
        return new PaymentOrder("ORD123", "PAYERX7", 42, 90000, "DKK", URI.create("https://oplys.invalid/cb"),
                URI.create("https://oplys.invalid/ok"), URI.create("https://oplys.invalid/cancel"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void paymentWindowCarriesOnlyPayerIdCourseIdAmountAndTheProtocolFields() {
        Map<String, String> q = query(epay.paymentWindow(order()));
        assertEquals(Set.of("merchantnumber", "amount", "currency", "orderid", "accepturl", "cancelurl", "callbackurl",
                "instantcapture", "payerid", "courseid", "hash"), q.keySet());
        assertEquals("PAYERX7", q.get("payerid"));
        assertEquals("42", q.get("courseid"));
        assertEquals("90000", q.get("amount"));
        assertEquals("208", q.get("currency"));
        assertEquals(EpaySignature.of(q, SECRET), q.get("hash"));
    }

    Map<String, String> callback(String amount) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("txnid", "987654");
        p.put("orderid", "ORD123");
        p.put("amount", amount);
        p.put("currency", "208");
        p.put("date", "20260901");
        p.put("hash", "");
        p.put("hash", EpaySignature.of(p, SECRET));
        return p;
    }

    @Test
    void signedCallbackIsAccepted() {
        CallbackCheck c = epay.verify(callback("90000"));
        assertTrue(c.valid(), c.reason());
        assertEquals("ORD123", c.orderId());
        assertEquals("987654", c.transactionId());
        assertEquals(90000, c.amountOre());
    }

    @Test
    void tamperedForgedOrIncompleteCallbacksAreRefused() {
        Map<String, String> tampered = callback("90000");
        tampered.put("amount", "100");
        assertEquals("bad-hash", epay.verify(tampered).reason());

        Map<String, String> forged = callback("90000");
        forged.put("hash", EpaySignature.of(forged, "guessed-secret"));
        assertEquals("bad-hash", epay.verify(forged).reason());

        Map<String, String> incomplete = callback("90000");
        incomplete.remove("txnid");
        assertEquals("missing-txnid", epay.verify(incomplete).reason());

        Map<String, String> reordered = new LinkedHashMap<>();
        Map<String, String> good = callback("90000");
        reordered.put("orderid", good.get("orderid"));
        good.forEach(reordered::putIfAbsent);
        assertFalse(epay.verify(reordered).valid(), "the signature covers the order of the values");
    }

    @Test
    void captureCreditAndDeleteReachTheProviderWithOnlyTransactionAndAmount() throws Exception {
        epay.capture("987654", 90000);
        epay.credit("987654", 90000);
        epay.delete("987654");
        assertEquals(3, fake.received().size());
        assertEquals("capture", fake.received().get(0).operation());
        assertEquals("credit", fake.received().get(1).operation());
        assertEquals("delete", fake.received().get(2).operation());
        for (FakeEpay.Received r : fake.received()) {
            Set<String> elements = elementNames(r.xml());
            Set<String> allowed = Set.of("Envelope", "Header", "Body", r.operation(), "merchantnumber", "transactionid",
                    "amount", "pwd");
            assertTrue(allowed.containsAll(elements), "unexpected elements " + elements);
            assertEquals("987654", r.fields().get("transactionid"));
        }
        assertEquals("90000", fake.received().get(0).fields().get("amount"));
    }

    static Set<String> elementNames(String xml) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("<(?:[A-Za-z0-9]+:)?([A-Za-z0-9]+)[\\s>/]").matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void refusalIsFinalAndOutageIsRetryable() throws Exception {
        fake.mode(FakeEpay.Mode.REFUSE);
        ProviderException refused = assertThrows(ProviderException.class, () -> epay.capture("987654", 90000));
        assertFalse(refused.retryable());
        assertEquals("epay--1002", refused.getMessage());

        fake.mode(FakeEpay.Mode.FAULT);
        ProviderException down = assertThrows(ProviderException.class, () -> epay.capture("987654", 90000));
        assertTrue(down.retryable(), down.getMessage());

        EpayProvider nowhere = new EpayProvider(new EpaySettings(1, SECRET, URI.create("https://w.invalid"),
                URI.create("http://127.0.0.1:" + FakeEpay.freePort() + "/remote/payment"), null,
                Duration.ofMillis(500), Duration.ofMillis(500)));
        ProviderException unreachable = assertThrows(ProviderException.class, () -> nowhere.delete("1"));
        assertTrue(unreachable.retryable());
        assertEquals("unreachable", unreachable.getMessage());
    }

    @Test
    void requestOutsideTheSchemaIsRefusedByTheProvider() {
        // The fake validates against the WSDL's schema: an amount of 0 breaks AmountOre's lower bound.
        ProviderException e = assertThrows(ProviderException.class, () -> epay.capture("987654", 0));
        assertFalse(e.retryable(), e.getMessage());
    }
}
