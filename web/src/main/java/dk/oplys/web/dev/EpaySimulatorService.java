package dk.oplys.web.dev;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.payment.epay.soap.Outcome;
import dk.oplys.integration.payment.epay.soap.PaymentPort;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceException;

/**
 * The demo provider's SOAP back office at {@code /oplys/dev/epay-simulator/soap}: says yes to every
 * capture, credit and delete. Refuses everything unless the simulator is switched on.
 */
@WebService(serviceName = "PaymentService", portName = "PaymentPort", targetNamespace = "urn:oplys:epay:payment:v1",
        endpointInterface = "dk.oplys.integration.payment.epay.soap.PaymentPort")
public class EpaySimulatorService implements PaymentPort {

    @Override
    public Outcome capture(int merchantnumber, String transactionid, int amount, String pwd) {
        return yes();
    }

    @Override
    public Outcome credit(int merchantnumber, String transactionid, int amount, String pwd) {
        return yes();
    }

    @Override
    public Outcome delete(int merchantnumber, String transactionid, String pwd) {
        return yes();
    }

    private static Outcome yes() {
        if (!Settings.flag("oplys.epay.simulator", false)) {
            throw new WebServiceException("the payment simulator is switched off");
        }
        Outcome o = new Outcome();
        o.setResult(true);
        o.setEpayresponse(-1);
        o.setPbsresponse(0);
        return o;
    }
}
