package dk.oplys.integration.municipal;

/** The municipal system did not take the report: {@code code} is short and carries no personal data. */
public class DeliveryException extends Exception {

    private final String code;

    public DeliveryException(String code, Throwable cause) {
        super(code, cause, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
