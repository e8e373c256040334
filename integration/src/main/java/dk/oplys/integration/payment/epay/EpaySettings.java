package dk.oplys.integration.payment.epay;

import dk.oplys.integration.config.Settings;
import java.net.URI;
import java.time.Duration;

/**
 * How Oplys reaches ePay: the merchant number, the shared secret for the MD5 signatures, the
 * payment window's address, the SOAP service's address and its password, and timeouts. All from
 * {@link Settings} ({@code oplys.epay.*} / {@code OPLYS_EPAY_*}); the defaults point at the demo
 * simulator inside the application and must be replaced in production.
 */
public record EpaySettings(int merchantNumber, String secret, URI windowUrl, URI soapUrl, String soapPassword,
                           Duration connectTimeout, Duration receiveTimeout) {

    public static EpaySettings fromEnvironment() {
        String local = Settings.get("oplys.public-url").orElse("http://localhost:8080/oplys");
        return new EpaySettings(
                Integer.parseInt(Settings.get("oplys.epay.merchant").orElse("8888888")),
                Settings.get("oplys.epay.secret").orElse("demo-secret-change-me"),
                URI.create(Settings.get("oplys.epay.window-url").orElse(local + "/api/public/epay-simulator/window")),
                URI.create(Settings.get("oplys.epay.soap-url").orElse(local + "/dev/epay-simulator/soap")),
                Settings.get("oplys.epay.soap-password").orElse(null),
                Duration.ofMillis(Long.parseLong(Settings.get("oplys.epay.connect-timeout-ms").orElse("3000"))),
                Duration.ofMillis(Long.parseLong(Settings.get("oplys.epay.receive-timeout-ms").orElse("10000"))));
    }

    @Override
    public String toString() {
        return "EpaySettings[merchant=" + merchantNumber + ", window=" + windowUrl + ", soap=" + soapUrl + "]";
    }
}
