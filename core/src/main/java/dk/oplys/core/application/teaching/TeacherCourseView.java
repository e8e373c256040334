package dk.oplys.core.application.teaching;

import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.CourseStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A course as its teacher sees it: no fees and no participants (those come from the trimmed list),
 * the lessons with their sign-off state, the teacher's own lesson units, and whether the
 * participant list is open now (and from when until when).
 */
public record TeacherCourseView(long id, String title, ActivityKind activityKind, CourseStatus status, String venue,
                                String venueAddress, List<Lesson> lessons, BigDecimal lessonUnits,
                                BigDecimal signedOffUnits, List<Field> fields, boolean participantsVisible,
                                LocalDate participantsFrom, LocalDate participantsUntil, String accessNote) {

    /** A lesson, its units and whether it is signed off. */
    public record Lesson(long id, LocalDate date, LocalTime start, LocalTime end, BigDecimal units, boolean signedOff) {
    }

    /** A course-specific field (the teacher sees these answers in the list). */
    public record Field(String key, String label) {
    }
}
