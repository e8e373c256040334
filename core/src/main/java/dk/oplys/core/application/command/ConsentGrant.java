package dk.oplys.core.application.command;

import dk.oplys.core.domain.consent.ConsentPurpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent given together with a sign-up or booking: the purpose and the text version shown. */
public record ConsentGrant(@NotNull ConsentPurpose purpose, @NotBlank @Size(max = 20) String textVersion) {
}
