package dk.oplys.core.application.billing;

import dk.oplys.core.domain.payment.Payment;
import dk.oplys.integration.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Addresses that go into e-mails and answers: the payment link is our own address with the
 * payment's random order id (no personal data in the URL); it sends the payer on to the provider's
 * payment window, built at the moment they click, so a changed price or a paid invoice is seen.
 */
@ApplicationScoped
public class PaymentLinks {

    /** Where the application is reached from outside, e.g. https://tilmelding.aftenskolen.dk/oplys. */
    public String publicUrl() {
        String url = Settings.get("oplys.public-url").orElse("http://localhost:8080/oplys");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String paymentLink(Payment p) {
        return publicUrl() + "/api/public/payments/" + p.orderId();
    }

    public String callbackUrl() {
        return publicUrl() + "/api/public/payments/epay/callback";
    }

    public String acceptUrl(Payment p) {
        return publicUrl() + "/api/public/payments/" + p.orderId() + "/status";
    }
}
