package dk.oplys.web.dto;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A lesson's new day and times. */
public record LessonChange(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end) {
}
