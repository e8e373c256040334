package dk.oplys.core.application.command;

import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.course.FieldType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A new course as staff describe it. */
public record CourseCommand(
        @NotBlank @Size(max = 200) String title,
        @NotNull @Size(max = 4000) String description,
        @NotNull ActivityKind activityKind,
        @NotNull Long venueId,
        @Min(1) @Max(10000) int capacity,
        @PositiveOrZero long feeOre,
        @PositiveOrZero Long reducedFeeOre,
        @NotNull Instant signupOpensAt,
        @NotNull Instant signupClosesAt,
        boolean transportOffered,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull LessonTime> lessons,
        @NotNull @Size(max = 20) List<@Valid @NotNull Field> fields,
        @NotNull @Size(max = 10) List<@NotNull Long> teacherIds) {

    /** One lesson's date and times. */
    public record LessonTime(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    /** A course-specific field. */
    public record Field(@NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key,
                        @NotBlank @Size(max = 200) String label,
                        @NotNull FieldType type,
                        boolean required,
                        @Size(max = 30) List<@NotBlank @Size(max = 100) String> options) {
    }
}
