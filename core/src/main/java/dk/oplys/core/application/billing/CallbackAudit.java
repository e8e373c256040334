package dk.oplys.core.application.billing;

import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Audits a refused payment callback in its own transaction (the callback's was rolled back). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallbackAudit {

    @Inject
    private AuditTrail audit;

    public void refused(CallbackRefused r) {
        String outcome = r.reason() == null ? "REJECTED" : r.reason();
        audit.recordAs(PaymentService.PROVIDER_ACTOR, r.schoolId(), AuditAction.UPDATE, "payment", r.paymentId(),
                Purpose.INVOICING, outcome.length() > 20 ? outcome.substring(0, 20) : outcome);
    }
}
