package dk.oplys.core.domain.reporting;

import dk.oplys.core.domain.course.ActivityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One participant in one course in one calendar year of a report section, with the lesson units
 * (lektioner of 45 minutes) counted. References and figures only; no name, address or CPR.
 */
@Entity
@Table(name = "municipal_report_line")
public class ReportLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReportSection section;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", nullable = false, updatable = false)
    private ActivityKind activityKind;

    @Column(name = "calendar_year", nullable = false, updatable = false)
    private int calendarYear;

    @Column(nullable = false, updatable = false)
    private BigDecimal lessons;

    @Column(name = "refusion_from", updatable = false)
    private String refusionFrom;

    @Column(name = "cpr_included", nullable = false, updatable = false)
    private boolean cprIncluded;

    protected ReportLine() {
    }

    public ReportLine(Long reportId, ReportSection section, Long participantId, Long courseId, ActivityKind activityKind,
                      int calendarYear, BigDecimal lessons, String refusionFrom, boolean cprIncluded) {
        this.reportId = reportId;
        this.section = section;
        this.participantId = participantId;
        this.courseId = courseId;
        this.activityKind = activityKind;
        this.calendarYear = calendarYear;
        this.lessons = lessons;
        this.refusionFrom = refusionFrom;
        this.cprIncluded = cprIncluded;
    }

    public Long id() { return id; }
    public Long reportId() { return reportId; }
    public ReportSection section() { return section; }
    public Long participantId() { return participantId; }
    public Long courseId() { return courseId; }
    public ActivityKind activityKind() { return activityKind; }
    public int calendarYear() { return calendarYear; }
    public BigDecimal lessons() { return lessons; }
    public Optional<String> refusionFrom() { return Optional.ofNullable(refusionFrom); }
    public boolean cprIncluded() { return cprIncluded; }
}
