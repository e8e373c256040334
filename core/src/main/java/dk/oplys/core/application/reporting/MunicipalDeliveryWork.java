package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.disclosure.DisclosureChannel;
import dk.oplys.core.domain.reporting.MunicipalReport;
import dk.oplys.core.domain.reporting.MunicipalRule;
import dk.oplys.core.domain.reporting.ReportStatus;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.core.infrastructure.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;

/**
 * The transactional halves of a SOAP delivery, each in its own transaction so that no database
 * transaction stays open while the municipal system answers: preparing the payload, and recording
 * what happened (the disclosure, with the receipt when there is one).
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MunicipalDeliveryWork {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReportRenderer renderer;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /** What to send where. */
    public record Prepared(URI endpoint, byte[] payload, ReportRenderer.Tracking tracking, String reportId, int version) {
    }

    public Prepared prepare(long id) {
        MunicipalReport r = em.find(MunicipalReport.class, id);
        if (r == null || !r.schoolId().equals(currentUser.schoolId())) {
            throw DomainException.notFound("municipal report");
        }
        if (r.status() == ReportStatus.SUPERSEDED) {
            throw new DomainException(ErrorCode.REPORT_SUPERSEDED, "a later version of this report exists; send that one");
        }
        MunicipalRule rule = em.find(MunicipalRule.class, r.ruleId());
        if (!rule.delivery().soap() || rule.soapEndpoint().isEmpty()) {
            throw new DomainException(ErrorCode.MUNICIPAL_DELIVERY_NOT_SOAP,
                    "this municipality takes files: release the report and hand over the download");
        }
        ReportRenderer.Tracking t = new ReportRenderer.Tracking();
        byte[] payload = renderer.deliveryPayload(id, t);
        return new Prepared(URI.create(rule.soapEndpoint().get()), payload, t, r.reportKey(), r.reportVersion());
    }

    /** The receiver answered: the report is sent, the disclosure logged with the receipt. */
    public void delivered(long id, ReportRenderer.Tracking t, String receipt) {
        MunicipalReport r = em.find(MunicipalReport.class, id);
        r.sent(clock.now(), receipt);
        renderer.log(r, t, DisclosureChannel.SOAP, currentUser.actor(), "SOAP", receipt);
        audit.record(r.schoolId(), AuditAction.UPDATE, "municipal_report", r.id(), Purpose.MUNICIPAL_REPORTING);
    }

    /**
     * No usable answer. The data may still have reached the receiver (an answer lost on the way),
     * so the attempt is logged as a disclosure without receipt; re-sending is safe.
     */
    public void failed(long id, ReportRenderer.Tracking t, String code) {
        MunicipalReport r = em.find(MunicipalReport.class, id);
        renderer.log(r, t, DisclosureChannel.SOAP, currentUser.actor(), "SOAP", "no receipt: " + code);
    }
}
