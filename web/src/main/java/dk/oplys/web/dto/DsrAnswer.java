package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The answer given to a request: GRANTED, PARTIAL or REFUSED, and the text sent to the person. */
public record DsrAnswer(@NotBlank @Pattern(regexp = "GRANTED|PARTIAL|REFUSED") String outcome,
                        @NotBlank @Size(max = 4000) String answer) {
}
