package dk.oplys.core.application.reporting;

import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.reporting.Delivery;
import dk.oplys.core.domain.reporting.Evidence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A municipality's rules for the caller's school as admin staff enter them. */
public record RuleCommand(
        @NotNull @Pattern(regexp = "\\d{3}") String municipalityCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotNull Boolean cprRequired,
        @NotNull Delivery delivery,
        @Size(max = 300) String soapEndpoint,
        @NotNull @Pattern(regexp = MONTH_DAY) String accountsDue,
        @NotNull @Size(max = 10) List<@Valid @NotNull Fraction> fractions,
        @NotNull @Size(max = 20) List<@Valid @NotNull ReducedFee> reducedFees,
        @NotNull @Size(min = 1, max = 12) List<@Valid @NotNull Period> periods) {

    /** 'MM-DD'. */
    public static final String MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    /** Subsidy as a share of teacher pay for an activity kind. */
    public record Fraction(@NotNull ActivityKind activityKind, @Min(0) @Max(100) int numerator,
                           @Min(1) @Max(100) int denominator) {
    }

    /** A qualifying group (a reduced_fee_group code of the municipality), the amount claimed back, the evidence. */
    public record ReducedFee(@NotNull @Pattern(regexp = "[A-Z0-9_]{1,30}") String groupCode,
                             @NotNull @PositiveOrZero Long amountOre, @NotNull Evidence evidence) {
    }

    /** A report period 'MM-DD'..'MM-DD' and its deadline 'MM-DD'. */
    public record Period(@NotNull @Pattern(regexp = MONTH_DAY) String starts, @NotNull @Pattern(regexp = MONTH_DAY) String ends,
                         @NotNull @Pattern(regexp = MONTH_DAY) String deadline) {
    }
}
