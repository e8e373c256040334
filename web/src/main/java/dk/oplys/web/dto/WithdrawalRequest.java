package dk.oplys.web.dto;

import dk.oplys.core.domain.consent.ConsentForm;
import jakarta.validation.constraints.NotNull;

/** How the withdrawal reached the school. */
public record WithdrawalRequest(@NotNull ConsentForm form) {
}
