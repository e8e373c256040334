package dk.oplys.core.application.view;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant as office staff see it. {@code cpr} is masked (DDMMYY-XXXX) unless the caller's
 * role needs the full number; {@code hasCpr} tells whether one is held at all.
 */
public record ParticipantView(long id, String firstName, String lastName, String street, String postcode, String city,
                              String addressMunicipality, LocalDate birthDate, boolean hasCpr, String cpr,
                              boolean cprPassesModulus11, String email, String phone, String hjemstedskommune,
                              String handlekommune, String betalingskommune, Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return "ParticipantView[id=" + id + "]";
    }
}
