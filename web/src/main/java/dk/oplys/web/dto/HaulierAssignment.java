package dk.oplys.web.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The haulier that drives a course, and how many minutes before each lesson the pickups start (default 45). */
public record HaulierAssignment(@NotNull Long haulierId, @Min(0) @Max(240) Integer marginMinutes) {
}
