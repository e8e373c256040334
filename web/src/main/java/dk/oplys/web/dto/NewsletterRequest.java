package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A newsletter: subject and plain text (the unsubscribe link is added to every mail). */
public record NewsletterRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String text) {
}
