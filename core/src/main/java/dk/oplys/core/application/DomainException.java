package dk.oplys.core.application;

import jakarta.ejb.ApplicationException;

/**
 * A rule said no. The message is written for the client and must never contain personal data;
 * {@code field}, when set, names the input field the rejection is about.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public DomainException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public DomainException(ErrorCode code, String message, String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }
}
