package dk.oplys.integration.municipal;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.report.ReportXml;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPBinding;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Calls a municipal system's {@code deliverReport} (municipal-report-v1.wsdl) with the server's
 * CXF, as a JAX-WS {@link Dispatch} in payload mode: the request body is exactly the XML the
 * report writer produced from the disclosure policy, nothing is added on the way. Plain https (or
 * loopback http); timeouts from {@code oplys.municipality.connect-timeout-ms} and
 * {@code oplys.municipality.receive-timeout-ms}.
 */
public final class MunicipalReportClient {

    static final QName SERVICE = new QName(ReportXml.NS, "MunicipalReportService");
    static final QName PORT = new QName(ReportXml.NS, "MunicipalReportPort");
    static final String ACTION = "urn:oplys:municipal-report:v1:deliverReport";

    /** The receiver's answer: its receipt, ACCEPTED / CORRECTION / DUPLICATE / OUTDATED, and the version it now holds. */
    public record Answer(String receipt, String outcome, int currentVersion) {
    }

    private MunicipalReportClient() {
    }

    /** Delivers {@code deliverReport} XML (from {@link ReportXml} with delivery on) to {@code endpoint}. */
    public static Answer deliver(URI endpoint, byte[] payload) throws DeliveryException {
        try {
            Service service = Service.create(SERVICE);
            service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, endpoint.toString());
            Dispatch<Source> dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
            Map<String, Object> rc = dispatch.getRequestContext();
            rc.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
            rc.put(BindingProvider.SOAPACTION_URI_PROPERTY, ACTION);
            long connect = Long.parseLong(Settings.get("oplys.municipality.connect-timeout-ms").orElse("3000"));
            long receive = Long.parseLong(Settings.get("oplys.municipality.receive-timeout-ms").orElse("20000"));
            rc.put("javax.xml.ws.client.connectionTimeout", connect);
            rc.put("javax.xml.ws.client.receiveTimeout", receive);
            Source answer = dispatch.invoke(new StreamSource(new ByteArrayInputStream(payload)));
            return read(answer);
        } catch (SOAPFaultException fault) {
            String code = fault.getFault() == null ? "" : fault.getFault().getFaultCodeAsQName().getLocalPart();
            throw new DeliveryException("soap-fault-" + code, fault);
        } catch (WebServiceException unreachable) {
            throw new DeliveryException("unreachable", unreachable);
        }
    }

    private static Answer read(Source answer) throws DeliveryException {
        try {
            DOMResult dom = new DOMResult(DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument());
            TransformerFactory.newInstance().newTransformer().transform(answer, dom);
            Node root = dom.getNode().getFirstChild();
            String receipt = null;
            String outcome = null;
            int version = 0;
            for (Node n = root == null ? null : root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    switch (e.getLocalName()) {
                        case "receipt" -> receipt = e.getTextContent().strip();
                        case "outcome" -> outcome = e.getTextContent().strip();
                        case "currentVersion" -> version = Integer.parseInt(e.getTextContent().strip());
                        default -> { }
                    }
                }
            }
            if (receipt == null || outcome == null) {
                throw new DeliveryException("answer-incomplete", null);
            }
            return new Answer(receipt, outcome, version);
        } catch (DeliveryException e) {
            throw e;
        } catch (Exception unreadable) {
            throw new DeliveryException("answer-unreadable", unreadable);
        }
    }
}
