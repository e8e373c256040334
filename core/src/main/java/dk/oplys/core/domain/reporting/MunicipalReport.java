package dk.oplys.core.domain.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a § 43 report to a tilskudskommune for a period. {@link #reportKey()} names the
 * report across versions; a changed content makes a new version, an unchanged one is the same
 * report again, so the receiver tells a correction from a duplicate by key and version.
 */
@Entity
@Table(name = "municipal_report")
public class MunicipalReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "municipality_code", nullable = false, updatable = false)
    private String municipalityCode;

    @Column(name = "report_key", nullable = false, updatable = false)
    private String reportKey;

    @Column(name = "report_version", nullable = false, updatable = false)
    private int reportVersion;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "rule_id", nullable = false, updatable = false)
    private Long ruleId;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private String receipt;

    protected MunicipalReport() {
    }

    public MunicipalReport(Long schoolId, String municipalityCode, String reportKey, int reportVersion,
                           LocalDate periodFrom, LocalDate periodTo, Long ruleId, String contentHash, Instant now,
                           String createdBy) {
        this.schoolId = schoolId;
        this.municipalityCode = municipalityCode;
        this.reportKey = reportKey;
        this.reportVersion = reportVersion;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.ruleId = ruleId;
        this.contentHash = contentHash;
        this.status = ReportStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** Addressed to the municipality: it may now fetch the report. Repeating it changes nothing. */
    public void release(Instant now) {
        if (status == ReportStatus.DRAFT) {
            status = ReportStatus.RELEASED;
            releasedAt = now;
        }
    }

    /** Delivered to the municipality's system, which answered with {@code receipt}. */
    public void sent(Instant now, String receipt) {
        release(now);
        status = ReportStatus.SENT;
        if (sentAt == null) {
            sentAt = now;
        }
        this.receipt = receipt;
    }

    public void supersede() {
        status = ReportStatus.SUPERSEDED;
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public String municipalityCode() { return municipalityCode; }
    public String reportKey() { return reportKey; }
    public int reportVersion() { return reportVersion; }
    public LocalDate periodFrom() { return periodFrom; }
    public LocalDate periodTo() { return periodTo; }
    public Long ruleId() { return ruleId; }
    public String contentHash() { return contentHash; }
    public ReportStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Optional<Instant> releasedAt() { return Optional.ofNullable(releasedAt); }
    public Optional<Instant> sentAt() { return Optional.ofNullable(sentAt); }
    public Optional<String> receipt() { return Optional.ofNullable(receipt); }
}
