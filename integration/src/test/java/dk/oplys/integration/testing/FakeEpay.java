package dk.oplys.integration.testing;

import dk.oplys.integration.payment.epay.soap.Outcome;
import dk.oplys.integration.payment.epay.soap.PaymentPort;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.handler.Handler;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for ePay's SOAP service: a real CXF endpoint on loopback, built from the same WSDL
 * (the generated {@link PaymentPort}), that checks each request against the WSDL's schema,
 * records it (the operation and the raw XML) and answers as told: yes, a refusal, or a SOAP fault.
 */
public final class FakeEpay implements AutoCloseable {

    /** How the fake answers the next calls. */
    public enum Mode { ACCEPT, REFUSE, FAULT }

    /** One request as it arrived: operation, the fields it carried, and the raw SOAP envelope. */
    public record Received(String operation, Map<String, String> fields, String xml) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> rawBodies = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.ACCEPT;
    private final Endpoint endpoint;
    private final String address;

    public FakeEpay(int port) {
        this.address = "http://127.0.0.1:" + port + "/remote/payment";
        endpoint = Endpoint.create(new Service(this));
        endpoint.setProperties(Map.of("schema-validation-enabled", "true"));
        endpoint.publish(address);
        // After publishing: asking for the binding earlier would start a server on the WSDL's address.
        @SuppressWarnings("rawtypes")
        List<Handler> chain = new ArrayList<>();
        chain.add(new WireRecorder(rawBodies));
        endpoint.getBinding().setHandlerChain(chain);
    }

    /** On a free port. */
    public FakeEpay() {
        this(freePort());
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String address() {
        return address;
    }

    public void mode(Mode m) {
        mode = m;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public void clear() {
        received.clear();
        rawBodies.clear();
    }

    @Override
    public void close() {
        endpoint.stop();
    }

    private Outcome answer(String operation, Map<String, String> fields) {
        String xml = rawBodies.isEmpty() ? "" : rawBodies.get(rawBodies.size() - 1);
        received.add(new Received(operation, fields, xml));
        return switch (mode) {
            case ACCEPT -> outcome(true, -1);
            case REFUSE -> outcome(false, -1002);
            case FAULT -> throw new jakarta.xml.ws.WebServiceException("provider is down (told to fail)");
        };
    }

    private static Outcome outcome(boolean ok, int code) {
        Outcome o = new Outcome();
        o.setResult(ok);
        o.setEpayresponse(code);
        o.setPbsresponse(ok ? 0 : 1);
        return o;
    }

    @WebService(serviceName = "PaymentService", portName = "PaymentPort", targetNamespace = "urn:oplys:epay:payment:v1",
            endpointInterface = "dk.oplys.integration.payment.epay.soap.PaymentPort",
            wsdlLocation = "classpath:wsdl/epay-payment-v1.wsdl")
    public static class Service implements PaymentPort {
        private final FakeEpay fake;

        Service(FakeEpay fake) {
            this.fake = fake;
        }

        @Override
        public Outcome capture(int merchantnumber, String transactionid, int amount, String pwd) {
            return fake.answer("capture", Map.of("merchantnumber", "" + merchantnumber, "transactionid", transactionid,
                    "amount", "" + amount));
        }

        @Override
        public Outcome delete(int merchantnumber, String transactionid, String pwd) {
            return fake.answer("delete", Map.of("merchantnumber", "" + merchantnumber, "transactionid", transactionid));
        }

        @Override
        public Outcome credit(int merchantnumber, String transactionid, int amount, String pwd) {
            return fake.answer("credit", Map.of("merchantnumber", "" + merchantnumber, "transactionid", transactionid,
                    "amount", "" + amount));
        }
    }
}
