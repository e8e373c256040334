package dk.oplys.web.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A bank transfer staff record against an invoice: the bank's reference and the amount in øre. */
public record TransferRequest(@NotBlank @Size(max = 60) String reference, @NotNull @Positive Long amountOre) {
}
