package dk.oplys.core.domain.teaching;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a teacher may see a course's participants: from {@code daysBefore} days before the first
 * lesson until {@code daysAfter} days after the last (both days included, Danish dates). Outside
 * that window the course and the teacher's own hours stay visible, the participants do not.
 */
public record TeacherAccessPolicy(int daysBefore, int daysAfter) {

    /** The answer: allowed, or refused with a reason fit for the teacher. */
    public record Allowance(boolean allowed, String reason, LocalDate from, LocalDate until) {
    }

    public TeacherAccessPolicy {
        if (daysBefore < 0 || daysAfter < 0) {
            throw new IllegalArgumentException("access days cannot be negative");
        }
    }

    /** @param first the first lesson's date, empty when the course has no lessons yet */
    public Allowance participantsVisible(Optional<LocalDate> first, Optional<LocalDate> last, LocalDate today) {
        if (first.isEmpty() || last.isEmpty()) {
            return new Allowance(false, "the course has no lessons yet", null, null);
        }
        LocalDate from = first.get().minusDays(daysBefore);
        LocalDate until = last.get().plusDays(daysAfter);
        if (today.isBefore(from)) {
            return new Allowance(false, "the participant list opens " + daysBefore + " days before the first lesson",
                    from, until);
        }
        if (today.isAfter(until)) {
            return new Allowance(false, "access to the participants ended " + daysAfter + " days after the last lesson",
                    from, until);
        }
        return new Allowance(true, null, from, until);
    }
}
