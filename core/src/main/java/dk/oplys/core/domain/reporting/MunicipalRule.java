package dk.oplys.core.domain.reporting;

import dk.oplys.core.domain.course.ActivityKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one tilskudskommune (the municipality that subsidises the school) requires of one school
 * in a validity period: subsidy fractions per activity kind, whether CPR is reported for
 * participants from other municipalities, reduced-fee groups and amounts, report periods and
 * deadlines, and how reports are delivered. Edited by admin staff; never hard-coded.
 */
@Entity
@Table(name = "municipal_rule")
public class MunicipalRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "cpr_required", nullable = false)
    private boolean cprRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    @Column(name = "soap_endpoint")
    private String soapEndpoint;

    @Column(name = "accounts_due", nullable = false)
    private String accountsDue;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "municipal_rule_fraction", joinColumns = @JoinColumn(name = "rule_id"))
    private List<SubsidyFraction> fractions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "municipal_rule_reduced_fee", joinColumns = @JoinColumn(name = "rule_id"))
    private List<ReducedFeeRate> reducedFees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "municipal_rule_period", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderBy("number")
    private List<ReportPeriod> periods = new ArrayList<>();

    protected MunicipalRule() {
    }

    public MunicipalRule(Long schoolId, String municipalityCode) {
        this.schoolId = schoolId;
        this.municipalityCode = municipalityCode;
    }

    /** Replaces every editable part of the rule (the school and municipality stay). */
    public void define(LocalDate validFrom, LocalDate validTo, boolean cprRequired, Delivery delivery, String soapEndpoint,
                       String accountsDue, List<SubsidyFraction> fractions, List<ReducedFeeRate> reducedFees,
                       List<ReportPeriod> periods) {
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.cprRequired = cprRequired;
        this.delivery = delivery;
        this.soapEndpoint = soapEndpoint;
        this.accountsDue = accountsDue;
        this.fractions.clear();
        this.fractions.addAll(fractions);
        this.reducedFees.clear();
        this.reducedFees.addAll(reducedFees);
        this.periods.clear();
        this.periods.addAll(periods);
    }

    /** Whether the rule is in force on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this rule's validity shares at least one day with [from, to] (to null = open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean otherStartsBeforeThisEnds = validTo == null || !from.isAfter(validTo);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public Optional<SubsidyFraction> fraction(ActivityKind kind) {
        return fractions.stream().filter(f -> f.activityKind() == kind).findFirst();
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String municipalityCode() { return municipalityCode; }
    public LocalDate validFrom() { return validFrom; }
    public Optional<LocalDate> validTo() { return Optional.ofNullable(validTo); }
    public boolean cprRequired() { return cprRequired; }
    public Delivery delivery() { return delivery; }
    public Optional<String> soapEndpoint() { return Optional.ofNullable(soapEndpoint); }
    public String accountsDue() { return accountsDue; }
    public long version() { return version; }
    public List<SubsidyFraction> fractions() { return List.copyOf(fractions); }
    public List<ReducedFeeRate> reducedFees() { return List.copyOf(reducedFees); }
    public List<ReportPeriod> periods() { return List.copyOf(periods); }
}
