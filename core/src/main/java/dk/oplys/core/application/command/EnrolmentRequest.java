package dk.oplys.core.application.command;

import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.enrolment.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * One enrolment to make: for a new or matched person ({@code participant}) or a known one
 * ({@code participantId}, staff only), with the course's extra fields and any consents.
 */
public record EnrolmentRequest(
        @NotNull Long courseId,
        Long participantId,
        @Valid ParticipantData participant,
        @NotNull Map<String, String> fields,
        @NotNull List<@Valid ConsentGrant> consents,
        @NotNull ConsentForm consentForm,
        @Size(max = 2000) String interests,
        @NotNull Channel channel,
        @Size(max = 100) String idempotencyKey,
        @Valid PayerData payer,
        @Valid ReducedFeeClaim reducedFee) {

    @Override
    public String toString() {
        return "EnrolmentRequest[course=" + courseId + ", channel=" + channel + "]";
    }
}
