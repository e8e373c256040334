package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the participant says is wrong, and how it should read. */
public record RectificationRequest(@NotBlank @Size(max = 2000) String text) {
    @Override
    public String toString() {
        return "RectificationRequest[…]";
    }
}
