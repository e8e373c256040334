package dk.oplys.core.application.reporting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** Make (or re-make) the § 43 report of the caller's school to a tilskudskommune for a period. */
public record ReportRequest(@NotNull @Pattern(regexp = "\\d{3}") String municipalityCode, @NotNull LocalDate from,
                            @NotNull LocalDate to) {
}
