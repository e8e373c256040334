package dk.oplys.integration.payment.epay;

import dk.oplys.integration.payment.CallbackCheck;
import dk.oplys.integration.payment.PaymentOrder;
import dk.oplys.integration.payment.PaymentProvider;
import dk.oplys.integration.payment.ProviderException;
import dk.oplys.integration.payment.epay.soap.Outcome;
import dk.oplys.integration.payment.epay.soap.PaymentPort;
import dk.oplys.integration.payment.epay.soap.PaymentService;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * ePay (classic) behind {@link PaymentProvider}: the payment window is a signed URL, the callback
 * is checked against the same signature, and capture, credit and delete are SOAP calls made with
 * the server's CXF. The window gets the merchant number, order id, amount, currency, the return
 * addresses and two custom fields, the payer's pseudonymous id and the course id; the SOAP calls
 * get the transaction id and amount. Nothing else leaves. Made by {@link PaymentProviders}.
 */
public class EpayProvider implements PaymentProvider {

    /** The parameters a callback must carry (ePay may add more, e.g. date and time; they are signed too). */
    static final Set<String> REQUIRED = Set.of("txnid", "orderid", "amount", "currency", EpaySignature.HASH);
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");
    private static final Pattern TXN = Pattern.compile("[0-9A-Za-z\\-]{1,40}");

    private final EpaySettings settings;
    private PaymentPort port;

    public EpayProvider() {
        this(EpaySettings.fromEnvironment());
    }

    public EpayProvider(EpaySettings settings) {
        this.settings = settings;
    }

    @Override
    public URI paymentWindow(PaymentOrder order) {
        Map<String, String> p = windowParameters(order);
        p.put(EpaySignature.HASH, EpaySignature.of(p, settings.secret()));
        StringBuilder url = new StringBuilder(settings.windowUrl().toString());
        char sep = url.indexOf("?") < 0 ? '?' : '&';
        for (Map.Entry<String, String> e : p.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return URI.create(url.toString());
    }

    /** The window's parameters in signing order: exactly what the provider is told about an order. */
    Map<String, String> windowParameters(PaymentOrder order) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("merchantnumber", Integer.toString(settings.merchantNumber()));
        p.put("amount", Long.toString(order.amountOre()));
        p.put("currency", "DKK".equals(order.currency()) ? "208" : order.currency());
        p.put("orderid", order.orderId());
        p.put("accepturl", order.acceptUrl().toString());
        p.put("cancelurl", order.cancelUrl().toString());
        p.put("callbackurl", order.callbackUrl().toString());
        p.put("instantcapture", "0");
        p.put("payerid", order.payerId());
        p.put("courseid", Long.toString(order.courseId()));
        return p;
    }

    @Override
    public CallbackCheck verify(Map<String, String> parameters) {
        for (String name : REQUIRED) {
            if (parameters.get(name) == null || parameters.get(name).isBlank()) {
                return CallbackCheck.rejected("missing-" + name);
            }
        }
        if (!EpaySignature.matches(parameters, settings.secret())) {
            return CallbackCheck.rejected("bad-hash");
        }
        String amount = parameters.get("amount");
        String txn = parameters.get("txnid");
        if (!DIGITS.matcher(amount).matches() || !TXN.matcher(txn).matches()) {
            return CallbackCheck.rejected("malformed");
        }
        return new CallbackCheck(true, null, parameters.get("orderid"), txn, Long.parseLong(amount),
                parameters.get("currency"));
    }

    @Override
    public void capture(String transactionId, long amountOre) throws ProviderException {
        Outcome o = call(() -> port().capture(settings.merchantNumber(), transactionId, toInt(amountOre),
                settings.soapPassword()));
        check(o);
    }

    @Override
    public void credit(String transactionId, long amountOre) throws ProviderException {
        Outcome o = call(() -> port().credit(settings.merchantNumber(), transactionId, toInt(amountOre),
                settings.soapPassword()));
        check(o);
    }

    @Override
    public void delete(String transactionId) throws ProviderException {
        Outcome o = call(() -> port().delete(settings.merchantNumber(), transactionId, settings.soapPassword()));
        check(o);
    }

    private interface SoapCall {
        Outcome invoke();
    }

    private static Outcome call(SoapCall c) throws ProviderException {
        try {
            return c.invoke();
        } catch (SOAPFaultException fault) {
            // A fault from the provider's side (soap:Server) may pass; a fault on our request will not.
            String code = fault.getFault() == null ? "" : fault.getFault().getFaultCodeAsQName().getLocalPart();
            throw new ProviderException("soap-fault-" + code, "Server".equalsIgnoreCase(code), fault);
        } catch (WebServiceException unreachable) {
            throw new ProviderException("unreachable", true, unreachable);
        }
    }

    private static void check(Outcome o) throws ProviderException {
        if (o == null || !o.isResult()) {
            // epayresponse codes are the provider's own; kept as the error code for staff to look up.
            throw new ProviderException("epay-" + (o == null ? "no-answer" : o.getEpayresponse()), false, null);
        }
    }

    private static int toInt(long amountOre) {
        return Math.toIntExact(amountOre);
    }

    private synchronized PaymentPort port() {
        if (port == null) {
            PaymentPort p = new PaymentService().getPaymentPort();
            ((BindingProvider) p).getRequestContext()
                    .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, settings.soapUrl().toString());
            Client client = ClientProxy.getClient(p);
            HTTPClientPolicy policy = new HTTPClientPolicy();
            policy.setConnectionTimeout(settings.connectTimeout().toMillis());
            policy.setReceiveTimeout(settings.receiveTimeout().toMillis());
            policy.setAllowChunking(false);
            ((HTTPConduit) client.getConduit()).setClient(policy);
            port = p;
        }
        return port;
    }
}
