package dk.oplys.integration.testing;

import dk.oplys.integration.municipal.soap.DeliverReport;
import dk.oplys.integration.municipal.soap.DeliverReportResponse;
import dk.oplys.integration.municipal.soap.MunicipalReportPort;
import dk.oplys.integration.municipal.soap.Outcome;
import jakarta.jws.WebService;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.Handler;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A municipal system for the tests: a real CXF endpoint on loopback, built from
 * municipal-report-v1.wsdl (the generated {@link MunicipalReportPort}), with schema validation on,
 * so a message outside the XSD is refused with a SOAP fault before it is recorded. It records each
 * delivery (report id, version, the raw envelope) and answers as a municipal system should:
 * ACCEPTED for a new report id, CORRECTION for a higher version, DUPLICATE with the same receipt
 * for a version it holds, OUTDATED for a lower one.
 */
public final class FakeMunicipality implements AutoCloseable {

    /** One delivery as it arrived. */
    public record Received(String reportId, int version, String outcome, String xml) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> raw = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> held = new ConcurrentHashMap<>();
    private volatile boolean down;
    private final Endpoint endpoint;
    private final String address;

    public FakeMunicipality(int port) {
        this.address = "http://127.0.0.1:" + port + "/municipal-report";
        endpoint = Endpoint.create(new Service(this));
        endpoint.setProperties(Map.of("schema-validation-enabled", "true"));
        endpoint.publish(address);
        @SuppressWarnings("rawtypes")
        List<Handler> chain = new ArrayList<>();
        chain.add(new WireRecorder(raw));
        endpoint.getBinding().setHandlerChain(chain);
    }

    public String address() {
        return address;
    }

    /** While down, every delivery fails with a fault (the receiver's system is out of order). */
    public void down(boolean down) {
        this.down = down;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Raw envelopes that reached the endpoint, valid or not. */
    public List<String> rawMessages() {
        return List.copyOf(raw);
    }

    @Override
    public void close() {
        endpoint.stop();
    }

    private synchronized DeliverReportResponse take(DeliverReport request) {
        if (down) {
            throw new WebServiceException("municipal system is down (told to fail)");
        }
        String id = request.getReport().getReportId();
        int version = request.getReport().getVersion().intValue();
        Integer have = held.get(id);
        Outcome o = have == null ? Outcome.ACCEPTED : version > have ? Outcome.CORRECTION
                : version == have ? Outcome.DUPLICATE : Outcome.OUTDATED;
        held.merge(id, version, Math::max);
        received.add(new Received(id, version, o.value(), raw.isEmpty() ? "" : raw.get(raw.size() - 1)));
        DeliverReportResponse answer = new DeliverReportResponse();
        answer.setReceipt("KOMMUNE-" + id + "-v" + version);
        answer.setOutcome(o);
        answer.setCurrentVersion(BigInteger.valueOf(held.get(id)));
        return answer;
    }

    @WebService(serviceName = "MunicipalReportService", portName = "MunicipalReportPort",
            targetNamespace = "urn:oplys:municipal-report:v1",
            endpointInterface = "dk.oplys.integration.municipal.soap.MunicipalReportPort",
            wsdlLocation = "classpath:wsdl/municipal-report-v1.wsdl")
    public static class Service implements MunicipalReportPort {
        private final FakeMunicipality fake;

        Service(FakeMunicipality fake) {
            this.fake = fake;
        }

        @Override
        public DeliverReportResponse deliverReport(DeliverReport parameters) {
            return fake.take(parameters);
        }
    }
}
