package dk.oplys.integration.payment;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.payment.epay.EpayProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Chooses the payment provider the domain talks to: {@code oplys.payment.provider} names it
 * ("epay" today). A second provider (Nets Easy over REST) is one more implementation of
 * {@link PaymentProvider} and one more case here; the domain does not change.
 */
@ApplicationScoped
public class PaymentProviders {

    @Produces
    @ApplicationScoped
    PaymentProvider provider() {
        String name = Settings.get("oplys.payment.provider").orElse("epay");
        return switch (name) {
            case "epay" -> new EpayProvider();
            default -> throw new IllegalStateException("unknown payment provider: " + name);
        };
    }
}
