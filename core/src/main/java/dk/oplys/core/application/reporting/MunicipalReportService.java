package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.Disclosure;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.domain.reporting.MunicipalReport;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.ReportSection;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/**
 * § 43 reports of the caller's school to its tilskudskommuner, for administrative staff: make one
 * (a new version only when something changed), preview its figures, release it to the
 * municipality, download it, and see to whom it was disclosed.
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class MunicipalReportService {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReportBuilder builder;

    @Inject
    private ReportRenderer renderer;

    /** Makes the report, or answers the latest version when nothing changed since it was made (idempotent). */
    public ReportView create(@NotNull @Valid ReportRequest request) {
        long school = currentUser.schoolId();
        MunicipalReport r = builder.build(school, request.municipalityCode(), request.from(), request.to(), clock.now(),
                currentUser.actor());
        audit.record(school, AuditAction.CREATE, "municipal_report", r.id(), Purpose.MUNICIPAL_REPORTING);
        return view(r);
    }

    /** The school's reports, newest first. */
    public List<ReportView> list() {
        return em.createQuery("SELECT r FROM MunicipalReport r WHERE r.schoolId = :s ORDER BY r.createdAt DESC, r.id DESC",
                        MunicipalReport.class).setParameter("s", currentUser.schoolId()).setMaxResults(500)
                .getResultList().stream().map(ReportView::brief).toList();
    }

    /** The preview: figures only, no names or CPR numbers. */
    public ReportView get(long id) {
        MunicipalReport r = require(id);
        audit.record(r.schoolId(), AuditAction.READ, "municipal_report", r.id(), Purpose.MUNICIPAL_REPORTING);
        return view(r);
    }

    /** The municipality may now fetch the report (pull and files). A superseded version cannot be released. */
    public ReportView release(long id) {
        MunicipalReport r = require(id);
        if (r.status() == dk.oplys.core.domain.reporting.ReportStatus.SUPERSEDED) {
            throw new DomainException(dk.oplys.core.application.ErrorCode.REPORT_SUPERSEDED,
                    "a later version of this report exists; release that one");
        }
        r.release(clock.now());
        audit.record(r.schoolId(), AuditAction.UPDATE, "municipal_report", r.id(), Purpose.MUNICIPAL_REPORTING);
        return view(r);
    }

    /** The report as a file for staff to hand to the municipality; logged as a disclosure (file download). */
    public ReportRenderer.Rendered download(long id, ReportFormat format) {
        MunicipalReport r = require(id);
        return renderer.render(r.id(), format, DisclosureChannel.FILE_DOWNLOAD, currentUser.actor());
    }

    /** Every disclosure of any version of this report, newest first. */
    public List<DisclosureView> disclosures(long id) {
        MunicipalReport r = require(id);
        return em.createQuery("SELECT d FROM Disclosure d WHERE d.schoolId = :s AND d.documentRef LIKE :k "
                        + "ORDER BY d.disclosedAt DESC, d.id DESC", Disclosure.class)
                .setParameter("s", r.schoolId()).setParameter("k", r.reportKey() + " v%").getResultList().stream()
                .map(DisclosureView::of).toList();
    }

    MunicipalReport require(long id) {
        MunicipalReport r = em.find(MunicipalReport.class, id);
        if (r == null || !r.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("municipal report");
        }
        return r;
    }

    ReportView view(MunicipalReport r) {
        MunicipalRule rule = em.find(MunicipalRule.class, r.ruleId());
        List<ReportView.Total> totals = em.createQuery("SELECT l.activityKind, l.calendarYear, "
                        + "COUNT(DISTINCT l.participantId), SUM(l.lessons) FROM ReportLine l WHERE l.reportId = :r "
                        + "AND l.section = :s GROUP BY l.activityKind, l.calendarYear "
                        + "ORDER BY l.calendarYear, l.activityKind", Object[].class)
                .setParameter("r", r.id()).setParameter("s", ReportSection.SUBSIDY).getResultList().stream()
                .map(o -> new ReportView.Total(o[0].toString(), (Integer) o[1], (Long) o[2], (BigDecimal) o[3])).toList();
        List<ReportView.RefusionTotal> refusion = em.createQuery("SELECT l.refusionFrom, l.calendarYear, "
                        + "COUNT(DISTINCT l.participantId), SUM(l.lessons), "
                        + "SUM(CASE WHEN l.cprIncluded = TRUE THEN 1 ELSE 0 END) FROM ReportLine l "
                        + "WHERE l.reportId = :r AND l.section = :s GROUP BY l.refusionFrom, l.calendarYear "
                        + "ORDER BY l.refusionFrom, l.calendarYear", Object[].class)
                .setParameter("r", r.id()).setParameter("s", ReportSection.REFUSION).getResultList().stream()
                .map(o -> new ReportView.RefusionTotal((String) o[0], (Integer) o[1], (Long) o[2], (BigDecimal) o[3],
                        ((Number) o[4]).longValue())).toList();
        long subsidyPeople = count(r, ReportSection.SUBSIDY);
        long refusionPeople = count(r, ReportSection.REFUSION);
        long cpr = refusion.stream().mapToLong(ReportView.RefusionTotal::withCpr).sum();
        return new ReportView(r.id(), r.reportKey(), r.reportVersion(), r.municipalityCode(), r.periodFrom(),
                r.periodTo(), r.status().name(), r.createdAt(), r.createdBy(), r.releasedAt().orElse(null),
                r.sentAt().orElse(null), r.receipt().orElse(null), rule.delivery().name(), rule.cprRequired(),
                subsidyPeople, refusionPeople, cpr, totals, refusion);
    }

    private long count(MunicipalReport r, ReportSection s) {
        return em.createQuery("SELECT COUNT(DISTINCT l.participantId) FROM ReportLine l WHERE l.reportId = :r "
                + "AND l.section = :s", Long.class).setParameter("r", r.id()).setParameter("s", s).getSingleResult();
    }
}
