package dk.oplys.web.dto;

import java.time.LocalDate;

/** A retention run on demand; {@code asOf} (default today) may not be after today. */
public record RunRequest(LocalDate asOf) {
}
