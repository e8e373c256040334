package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A legal hold on a person or (exclusive) a course, with a reason and the last day it holds. */
public record HoldRequest(Long participantId, Long courseId, @NotBlank @Size(max = 500) String reason,
                          @NotNull LocalDate endsOn) {
}
