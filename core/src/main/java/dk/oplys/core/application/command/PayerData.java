package dk.oplys.core.application.command;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone other than the participant who pays (an employer, a relative). CVR only for firms. */
public record PayerData(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String street,
        @NotNull @Pattern(regexp = "\\d{4}", message = "must be four digits") String postcode,
        @NotBlank @Size(max = 100) String city,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\d{8}", message = "must be eight digits") String cvr) {

    @Override
    public String toString() {
        return "PayerData[masked]";
    }
}
