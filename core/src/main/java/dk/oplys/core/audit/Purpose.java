package dk.oplys.core.audit;

/**
 * Why personal data was touched. Each operation declares its purpose in code, so the audit log
 * cannot drift from what the operation is for (a free-text purpose typed by staff could).
 */
public enum Purpose {
    /** Sign-up, booking, waiting list, cancellation (kontraktopfyldelse). */
    ENROLMENT,
    /** Invoices, payments, refunds, bookkeeping. */
    INVOICING,
    /** Reports to the municipality under Folkeoplysningsloven. */
    MUNICIPAL_REPORTING,
    /** Participant lists, attendance and meeting cards for the course's teacher. */
    TEACHING,
    /** Transport to and from the venue. */
    TRANSPORT,
    /** Recording and withdrawing consents. */
    CONSENT_ADMINISTRATION,
    /** Answering a data subject's request (access, rectification, erasure...). */
    DATA_SUBJECT_REQUEST,
    /** Retention: deletion and anonymisation when the rule says so. */
    RETENTION,
    /** The association's IT support, under a support case the school opened for one person. */
    SUPPORT,
    /** Creating and closing staff and teacher accounts. */
    ACCOUNT_ADMINISTRATION
}
