package dk.oplys.integration.payment;

import java.net.URI;

/**
 * What is sent to the payment window. {@code orderId} is the payment's own reference (no personal
 * data), {@code payerId} a pseudonymous id of whoever pays, {@code courseId} the course.
 */
public record PaymentOrder(String orderId, String payerId, long courseId, long amountOre, String currency,
                           URI callbackUrl, URI acceptUrl, URI cancelUrl) {
}
