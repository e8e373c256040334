package dk.oplys.core.application.teaching;

import dk.oplys.core.domain.course.ActivityKind;
import java.math.BigDecimal;

/**
 * One teacher's lessons on one course in a period, in lesson units (45 minutes), for the subsidy
 * accounts (tilskudsregnskab): planned and signed off, per activity kind.
 */
public record TeachingHours(long courseId, String title, ActivityKind activityKind, String teacher, String teacherName,
                            int lessons, BigDecimal units, int signedOffLessons, BigDecimal signedOffUnits) {
}
