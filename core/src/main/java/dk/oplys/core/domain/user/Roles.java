package dk.oplys.core.domain.user;

/** The role names the server's security domain grants; used in every @RolesAllowed. */
public final class Roles {
    /** Enrolment, booking, invoicing (kursuspersonale). */
    public static final String COURSE_STAFF = "course-staff";
    /** Subsidy accounts, bookkeeping, municipal reporting (administrativt personale). */
    public static final String ADMIN_STAFF = "admin-staff";
    /** A course's teacher: trimmed lists and attendance for own courses only. */
    public static final String TEACHER = "teacher";
    /** The school's administrator: users, rules, retention, audit. */
    public static final String SCHOOL_ADMIN = "school-admin";
    /** A municipal system (machine client): fetches the reports addressed to its municipality. */
    public static final String MUNICIPALITY = "municipality";
    /** A haulier (machine client or person): sees its own driving schedules only. */
    public static final String HAULIER = "haulier";
    /** The association's IT support (the processor): no personal data without an open support case. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
