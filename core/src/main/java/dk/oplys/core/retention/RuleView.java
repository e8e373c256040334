package dk.oplys.core.retention;

import java.time.Instant;

/** A rule in force for the school; {@code schoolSpecific} false means the association's default applies. */
public record RuleView(String dataKind, Anchor anchor, String period, RetentionAction action, String legalBasis,
                       String description, boolean schoolSpecific, Instant updatedAt) {

    static RuleView of(RetentionRule r) {
        return new RuleView(r.dataKind(), r.anchor(), r.period().toString(), r.action(), r.legalBasis(), r.description(),
                !r.isDefault(), r.updatedAt());
    }
}
