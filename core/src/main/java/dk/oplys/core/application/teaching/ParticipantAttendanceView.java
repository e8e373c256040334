package dk.oplys.core.application.teaching;

import java.time.LocalDate;
import java.util.List;

/** One enrolment's attendance across its course's lessons, for the office. */
public record ParticipantAttendanceView(long enrolmentId, long courseId, String courseTitle, String name,
                                        int lessons, int attended, List<Mark> marks) {

    /** A lesson and the mark (null: not marked). */
    public record Mark(long lessonId, LocalDate date, Boolean present, boolean signedOff) {
    }
}
