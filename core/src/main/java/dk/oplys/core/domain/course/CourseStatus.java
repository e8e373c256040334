package dk.oplys.core.domain.course;

import java.util.EnumSet;
import java.util.Set;

/** A course's life: draft, open for sign-up, confirmed to run, then completed; or cancelled. */
public enum CourseStatus {
    DRAFT, OPEN, CONFIRMED, CANCELLED, COMPLETED;

    /** The transitions staff may make. */
    public Set<CourseStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(COMPLETED, CANCELLED);
            case CANCELLED, COMPLETED -> EnumSet.noneOf(CourseStatus.class);
        };
    }

    /** Whether anybody can still be enrolled (online or by staff). */
    public boolean takesEnrolments() {
        return this == OPEN || this == CONFIRMED;
    }
}
