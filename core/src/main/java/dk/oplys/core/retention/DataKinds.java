package dk.oplys.core.retention;

/**
 * The kinds of data the association's default rules name. A kind is open text in the rule table
 * (a school may write a rule for a kind a later area brings); these are the ones Oplys applies today.
 */
public final class DataKinds {
    /** Identity, contact, CPR, enrolments, invoices, credit notes, payments, declarations, attendance. */
    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String SUPPLEMENTARY_INFO = "SUPPLEMENTARY_INFO";
    public static final String NEWSLETTER = "NEWSLETTER";
    public static final String TRANSPORT = "TRANSPORT";
    public static final String WAITING_LIST = "WAITING_LIST";
    public static final String AUDIT_LOG = "AUDIT_LOG";
    public static final String DISCLOSURE_LOG = "DISCLOSURE_LOG";
    public static final String OUTBOX_MAIL = "OUTBOX_MAIL";
    public static final String SUPPORT_CASE = "SUPPORT_CASE";

    /** A kind's name: upper-case letters, digits and underscores, 2 to 40 characters. */
    public static final String PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    private DataKinds() {
    }
}
