package dk.oplys.web.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The school's teaching settings: the teachers' access window in days, and whether they see phone numbers. */
public record TeachingSettingsRequest(@NotNull @Min(0) @Max(365) Integer accessDaysBefore,
                                      @NotNull @Min(0) @Max(365) Integer accessDaysAfter,
                                      @NotNull Boolean teacherSeesPhone) {
}
