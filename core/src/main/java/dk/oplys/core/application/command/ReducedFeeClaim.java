package dk.oplys.core.application.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A claim for reduced fee: the qualifying group (its code under the school's municipality's rules)
 * and whether the person gave the tro og love-erklæring shown for it. Without it, no reduction.
 */
public record ReducedFeeClaim(@NotBlank @Size(max = 30) String group, boolean declared) {
}
