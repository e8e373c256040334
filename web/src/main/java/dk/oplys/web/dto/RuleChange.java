package dk.oplys.web.dto;

import dk.oplys.core.retention.Anchor;
import dk.oplys.core.retention.RetentionAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A school admin's rule for one kind of data: from which anchor, how long (ISO-8601, e.g. P5Y), then what. */
public record RuleChange(@NotNull Anchor anchor, @NotBlank @Size(max = 20) String period, @NotNull RetentionAction action,
                         @NotBlank @Size(max = 300) String legalBasis, @NotBlank @Size(max = 1000) String description) {
}
