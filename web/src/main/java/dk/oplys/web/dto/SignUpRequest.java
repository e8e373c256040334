package dk.oplys.web.dto;

import dk.oplys.core.application.command.ConsentGrant;
import dk.oplys.core.application.command.ParticipantData;
import dk.oplys.core.application.command.ReducedFeeClaim;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The public sign-up form: the participant's own data, the course's extra fields, the consents the
 * person ticked (each optional) and, only with its consent, supplementary information.
 */
public record SignUpRequest(
        @NotNull @Valid ParticipantData participant,
        @Size(max = 20) Map<@Size(max = 40) String, @Size(max = 1000) String> fields,
        @Size(max = 5) List<@NotNull @Valid ConsentGrant> consents,
        @Size(max = 2000) String interests,
        @Valid ReducedFeeClaim reducedFee) {

    @Override
    public String toString() {
        return "SignUpRequest[masked]";
    }
}
