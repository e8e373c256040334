package dk.oplys.core.domain.course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;

/** Lesson units (lektioner): one unit is 45 minutes under Folkeoplysningsloven. */
public final class LessonUnits {

    public static final int MINUTES_PER_UNIT = 45;

    private LessonUnits() {
    }

    /** Units between two times on one day, to two decimals (e.g. 90 minutes is 2.00, 60 is 1.33). */
    public static BigDecimal between(LocalTime start, LocalTime end) {
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes <= 0) {
            throw new IllegalArgumentException("a lesson must end after it starts");
        }
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(MINUTES_PER_UNIT), 2, RoundingMode.HALF_UP);
    }
}
