package dk.oplys.core.application.transport;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A haulier to register: name, contact, the date the data-processing agreement was signed, and its login. */
public record HaulierCommand(@NotBlank @Size(max = 200) String name, @Size(max = 200) String contactName,
                             @NotBlank @Email @Size(max = 200) String contactEmail, @Size(max = 30) String contactPhone,
                             @NotNull @PastOrPresent LocalDate dpaSignedOn, @Size(max = 100) String loginUsername) {
}
