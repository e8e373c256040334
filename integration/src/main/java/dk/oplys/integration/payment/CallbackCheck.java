package dk.oplys.integration.payment;

/**
 * A payment callback after the signature check. When {@code valid} is false, {@code reason} is a
 * short code (e.g. "bad-hash", "missing-parameter") and the other fields may be null.
 */
public record CallbackCheck(boolean valid, String reason, String orderId, String transactionId,
                            long amountOre, String currency) {

    public static CallbackCheck rejected(String reason) {
        return new CallbackCheck(false, reason, null, null, 0, null);
    }
}
