package dk.oplys.core.application.transport;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A transport need as entered: a pickup address (all three parts, or none for the participant's own),
 * a mobility aid, a companion, a note for the driver, and the participant's consent (not needed on a
 * handicap course, where transport is part of the teaching).
 */
public record NeedCommand(@Size(min = 1, max = 200) String street, @Pattern(regexp = "\\d{4}") String postcode,
                          @Size(min = 1, max = 100) String city, @Size(max = 100) String mobilityAid, Boolean companion,
                          @Size(max = 500) String notes, Boolean consent) {

    @Override
    public String toString() {
        return "NeedCommand[masked]";
    }
}
