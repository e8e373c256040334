package dk.oplys.integration.payment;

/**
 * The provider did not do what was asked. {@code retryable} is true when it could not be reached
 * or answered with a temporary error (try again later), false when it refused the request.
 * The message holds codes only, never personal data.
 */
public class ProviderException extends Exception {

    private final boolean retryable;

    public ProviderException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
