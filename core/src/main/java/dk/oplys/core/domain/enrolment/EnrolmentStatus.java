package dk.oplys.core.domain.enrolment;

/** CONFIRMED holds a seat; WAITING is on the waiting list; CANCELLED holds nothing. */
public enum EnrolmentStatus {
    CONFIRMED, WAITING, CANCELLED
}
