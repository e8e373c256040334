package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new staff or teacher account of the admin's own school. The school is never taken from the request. */
public record NewUserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "3-60 lower-case letters, digits, '.', '_' or '-'")
        String username,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull String role,
        @NotNull @Size(min = 12, max = 200, message = "at least 12 characters") String password) {

    @Override
    public String toString() {
        return "NewUserRequest[" + username + "]";
    }
}
