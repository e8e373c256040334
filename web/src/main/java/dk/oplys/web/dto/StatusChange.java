package dk.oplys.web.dto;

import dk.oplys.core.domain.course.CourseStatus;
import jakarta.validation.constraints.NotNull;

/** The status a course should move to. */
public record StatusChange(@NotNull CourseStatus status) {
}
