package dk.oplys.web.dto;

import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.consent.ConsentPurpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent staff record from a call or an e-mail. */
public record ConsentRequest(@NotNull ConsentPurpose purpose, @NotBlank @Size(max = 20) String textVersion,
                             @NotNull ConsentForm form) {
}
