package dk.oplys.integration.payment;

import java.net.URI;
import java.util.Map;

/**
 * A card-payment provider, as the domain sees it: a payment window the payer is sent to, a signed
 * callback when the amount is reserved, and capture, credit (refund) and delete (cancel the
 * reservation) afterwards. The provider learns the payer's pseudonymous id, the course id and the
 * amount, nothing else. ePay (SOAP) implements it today; Nets Easy (REST) can be added beside it.
 */
public interface PaymentProvider {

    /** @return the address of the provider's payment window for this order */
    URI paymentWindow(PaymentOrder order);

    /** Checks a callback's signature and reads it; never throws for bad input, it says why instead. */
    CallbackCheck verify(Map<String, String> parameters);

    /** Moves a reserved amount (all of it or part). */
    void capture(String transactionId, long amountOre) throws ProviderException;

    /** Pays a captured amount back. */
    void credit(String transactionId, long amountOre) throws ProviderException;

    /** Cancels a reservation that was never captured. */
    void delete(String transactionId) throws ProviderException;
}
