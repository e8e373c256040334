package dk.oplys.core.application.command;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Identity and contact data of a participant as entered online or by staff. Only what the
 * enrolment needs: no field here is optional "nice to have" data.
 */
public record ParticipantData(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 200) String street,
        @NotNull @Pattern(regexp = "\\d{4}", message = "must be four digits") String postcode,
        @NotBlank @Size(max = 100) String city,
        @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit municipality code") String municipalityCode,
        @NotNull @Past LocalDate birthDate,
        @Size(max = 11) String cpr,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "must be a phone number") String phone) {

    @Override
    public String toString() {
        return "ParticipantData[masked]";
    }
}
