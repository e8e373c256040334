package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The school opens a support case: whom it concerns, why, and until when. */
public record SupportCaseRequest(@NotNull Long participantId, @NotBlank @Size(max = 500) String reason,
                                 @NotNull Instant endsAt) {
}
