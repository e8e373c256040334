package dk.oplys.core.application.reporting;

import dk.oplys.core.domain.reporting.MunicipalRule;
import java.time.LocalDate;
import java.util.List;

/** A municipality's rules as staff see them. */
public record RuleView(long id, String municipalityCode, LocalDate validFrom, LocalDate validTo, boolean cprRequired,
                       String delivery, String soapEndpoint, String accountsDue, List<RuleCommand.Fraction> fractions,
                       List<RuleCommand.ReducedFee> reducedFees, List<RuleCommand.Period> periods, long version) {

    static RuleView of(MunicipalRule r) {
        return new RuleView(r.id(), r.municipalityCode(), r.validFrom(), r.validTo().orElse(null), r.cprRequired(),
                r.delivery().name(), r.soapEndpoint().orElse(null), r.accountsDue(),
                r.fractions().stream().map(f -> new RuleCommand.Fraction(f.activityKind(), f.numerator(), f.denominator()))
                        .toList(),
                r.reducedFees().stream().map(f -> new RuleCommand.ReducedFee(f.groupCode(), f.amountOre(), f.evidence()))
                        .toList(),
                r.periods().stream().map(p -> new RuleCommand.Period(p.starts(), p.ends(), p.deadline())).toList(),
                r.version());
    }
}
