package dk.oplys.web.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a participant wants a one-time login link sent to. */
public record LoginLinkRequest(@NotBlank @Email @Size(max = 200) String email) {
    @Override
    public String toString() {
        return "LoginLinkRequest[…]";
    }
}
