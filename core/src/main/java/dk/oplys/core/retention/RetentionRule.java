package dk.oplys.core.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * How long one kind of data is kept: counted from an {@link Anchor}, for a period, then deleted or
 * anonymised. A row without school is the association's default; a school's own row overrides it.
 */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "data_kind", nullable = false, updatable = false)
    private String dataKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Anchor anchor;

    /** ISO-8601, e.g. P5Y. */
    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RetentionAction action;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private String description;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected RetentionRule() {
    }

    public RetentionRule(Long schoolId, String dataKind, Anchor anchor, Period period, RetentionAction action,
                         String legalBasis, String description, Instant at, String by) {
        this.schoolId = schoolId;
        this.dataKind = dataKind;
        change(anchor, period, action, legalBasis, description, at, by);
    }

    public void change(Anchor anchor, Period period, RetentionAction action, String legalBasis, String description,
                       Instant at, String by) {
        this.anchor = anchor;
        this.period = period.toString();
        this.action = action;
        this.legalBasis = legalBasis;
        this.description = description;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public Cutoff cutoff(LocalDate today, int fiscalStartMonth) {
        return Cutoff.of(anchor, period(), today, fiscalStartMonth);
    }

    public LocalDate deadline(LocalDate anchorDate, int fiscalStartMonth) {
        return Cutoff.deadline(anchor, period(), anchorDate, fiscalStartMonth);
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public boolean isDefault() { return schoolId == null; }
    public String dataKind() { return dataKind; }
    public Anchor anchor() { return anchor; }
    public Period period() { return Period.parse(period); }
    public RetentionAction action() { return action; }
    public String legalBasis() { return legalBasis; }
    public String description() { return description; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
