package dk.oplys.core.application.teaching;

import jakarta.validation.constraints.NotNull;

/** A mark to record: this enrolment attended (or not) the lesson. */
public record AttendanceMark(@NotNull Long enrolmentId, @NotNull Boolean present) {
}
