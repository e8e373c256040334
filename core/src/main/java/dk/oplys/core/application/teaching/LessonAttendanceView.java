package dk.oplys.core.application.teaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One lesson's attendance: when, its units, whether signed off and by whom, and per enrolled
 * participant (by name only) attended, absent or not yet marked ({@code present} empty).
 */
public record LessonAttendanceView(long lessonId, LocalDate date, LocalTime start, LocalTime end, BigDecimal units,
                                   boolean signedOff, String signedBy, Instant signedAt, List<Entry> entries) {

    /** One participant's mark; {@code present} is null until marked. */
    public record Entry(long enrolmentId, String name, Boolean present) {
    }
}
