package dk.oplys.core.application.reporting;

import dk.oplys.core.domain.reporting.MunicipalReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as staff preview it: what it is, its state, and its figures (no names, no CPR):
 * participants and participant-hours per activity kind and calendar year, and per municipality
 * refusion is claimed from, with how many lines carry a CPR number.
 */
public record ReportView(long id, String reportId, int version, String municipalityCode, LocalDate periodFrom,
                         LocalDate periodTo, String status, Instant createdAt, String createdBy, Instant releasedAt,
                         Instant sentAt, String receipt, String delivery, boolean cprRequired, long subsidyParticipants,
                         long refusionParticipants, long cprLines, List<Total> subsidyTotals,
                         List<RefusionTotal> refusionTotals) {

    /** Participants and participant-hours for one activity kind in one calendar year. */
    public record Total(String activityKind, int calendarYear, long participants, BigDecimal participantHours) {
    }

    /** Participants and participant-hours claimed from one municipality in one calendar year. */
    public record RefusionTotal(String municipalityCode, int calendarYear, long participants, BigDecimal participantHours,
                                long withCpr) {
    }

    /** Summary line of a list (no figures). */
    public static ReportView brief(MunicipalReport r) {
        return new ReportView(r.id(), r.reportKey(), r.reportVersion(), r.municipalityCode(), r.periodFrom(), r.periodTo(),
                r.status().name(), r.createdAt(), r.createdBy(), r.releasedAt().orElse(null), r.sentAt().orElse(null),
                r.receipt().orElse(null), null, false, 0, 0, 0, List.of(), List.of());
    }
}
