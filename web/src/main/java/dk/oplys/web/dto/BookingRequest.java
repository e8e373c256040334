package dk.oplys.web.dto;

import dk.oplys.core.application.command.ConsentGrant;
import dk.oplys.core.application.command.ParticipantData;
import dk.oplys.core.application.command.PayerData;
import dk.oplys.core.application.command.ReducedFeeClaim;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.enrolment.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Staff book a caller or a writer: a known participant by id, or a new person's data; the
 * channel (PHONE or MAIL) and how any consent was given (ORAL_PHONE or EMAIL).
 */
public record BookingRequest(
        Long participantId,
        @Valid ParticipantData participant,
        @NotNull Channel channel,
        @Size(max = 20) Map<@Size(max = 40) String, @Size(max = 1000) String> fields,
        @Size(max = 5) List<@NotNull @Valid ConsentGrant> consents,
        ConsentForm consentForm,
        @Size(max = 2000) String interests,
        @Valid PayerData payer,
        @Valid ReducedFeeClaim reducedFee) {

    @Override
    public String toString() {
        return "BookingRequest[masked]";
    }
}
