package dk.oplys.core.application;

/**
 * Stable error codes of domain rejections. The web layer turns {@link #kind} into an HTTP status and
 * the code into the problem type; clients may rely on the code, never on the message text.
 */
public enum ErrorCode {
    NOT_FOUND(Kind.NOT_FOUND),
    VALIDATION_FAILED(Kind.INVALID),
    UNKNOWN_MUNICIPALITY(Kind.INVALID),
    INVALID_CPR(Kind.INVALID),
    CPR_BIRTH_DATE_MISMATCH(Kind.INVALID),
    COURSE_FIELD_INVALID(Kind.INVALID),
    UNKNOWN_COURSE_FIELD(Kind.INVALID),
    CONSENT_TEXT_UNKNOWN(Kind.INVALID),
    SUPPLEMENTARY_INFO_WITHOUT_CONSENT(Kind.INVALID),
    INVALID_STATUS_TRANSITION(Kind.CONFLICT),
    COURSE_NOT_OPEN(Kind.CONFLICT),
    SIGNUP_WINDOW_CLOSED(Kind.CONFLICT),
    ALREADY_ENROLLED(Kind.CONFLICT),
    ALREADY_CANCELLED(Kind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(Kind.CONFLICT),
    CONCURRENT_UPDATE(Kind.CONFLICT),
    REDUCED_FEE_NOT_OFFERED(Kind.INVALID),
    REDUCED_FEE_GROUP_UNKNOWN(Kind.INVALID),
    DECLARATION_MISSING(Kind.INVALID),
    INVOICE_NOT_OPEN(Kind.CONFLICT),
    PAYMENT_AMOUNT_MISMATCH(Kind.INVALID),
    PAYMENT_REJECTED(Kind.INVALID),
    USERNAME_TAKEN(Kind.CONFLICT),
    NOT_PERMITTED(Kind.FORBIDDEN),
    // Municipal reporting (issue 4)
    MUNICIPAL_RULE_OVERLAP(Kind.CONFLICT),
    MUNICIPAL_RULE_MISSING(Kind.CONFLICT),
    MUNICIPAL_RULE_INVALID(Kind.INVALID),
    REPORT_PERIOD_INVALID(Kind.INVALID),
    REPORT_SUPERSEDED(Kind.CONFLICT),
    MUNICIPAL_DELIVERY_NOT_SOAP(Kind.CONFLICT),
    MUNICIPAL_DELIVERY_FAILED(Kind.CONFLICT),

    // Retention and data-subject rights (issue 6)
    RETENTION_ALREADY_RUNNING(Kind.CONFLICT),
    RETENTION_DATE_IN_FUTURE(Kind.INVALID),
    RETENTION_PERIOD_INVALID(Kind.INVALID),
    LEGAL_HOLD_SUBJECT(Kind.INVALID),
    DSR_ALREADY_ANSWERED(Kind.CONFLICT),
    LOGIN_LINK_INVALID(Kind.FORBIDDEN),
    SESSION_INVALID(Kind.FORBIDDEN),

    // Teaching and transport (issue 5)
    TEACHER_ACCESS_CLOSED(Kind.FORBIDDEN),
    LESSON_NOT_STARTED(Kind.CONFLICT),
    LESSON_ALREADY_SIGNED_OFF(Kind.CONFLICT),
    LESSON_RECORDED(Kind.CONFLICT),
    LAST_LESSON(Kind.CONFLICT),
    CHANGE_REASON_REQUIRED(Kind.INVALID),
    TRANSPORT_NOT_OFFERED(Kind.CONFLICT),
    TRANSPORT_CONSENT_MISSING(Kind.INVALID),
    COURSE_ENDED(Kind.CONFLICT);

    /** The broad class of a rejection. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, FORBIDDEN }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** kebab-case form used in problem types, e.g. {@code already-enrolled}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
