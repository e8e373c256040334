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

    private Roles() {
    }
}
