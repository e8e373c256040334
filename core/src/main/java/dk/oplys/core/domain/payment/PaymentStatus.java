package dk.oplys.core.domain.payment;

/**
 * A card payment's life: CREATED when the payment link is made, AUTHORISED when the provider
 * reserved the amount, CAPTURED when the course was confirmed and the money moved, then CREDITED
 * (refunded) or DELETED (reservation released) if the enrolment was cancelled.
 */
public enum PaymentStatus {
    CREATED, AUTHORISED, CAPTURED, CREDITED, DELETED
}
