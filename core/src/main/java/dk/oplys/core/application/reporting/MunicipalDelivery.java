package dk.oplys.core.application.reporting;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.integration.municipal.DeliveryException;
import dk.oplys.integration.municipal.MunicipalReportClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends a report to the municipality's system over SOAP and records the receipt. Sending again is
 * safe: the same report id and version is a duplicate to the receiver, which answers with the
 * same receipt; a corrected report travels as a higher version.
 */
@Stateless
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MunicipalDelivery {

    @Inject
    private MunicipalDeliveryWork work;

    /** Delivers the report (SOAP/BOTH municipalities only); 409 municipal-delivery-failed when the receiver did not take it. */
    public DeliveryView send(long id) {
        MunicipalDeliveryWork.Prepared p = work.prepare(id);
        try {
            MunicipalReportClient.Answer a = MunicipalReportClient.deliver(p.endpoint(), p.payload());
            work.delivered(id, p.tracking(), a.receipt());
            return new DeliveryView(id, p.reportId(), p.version(), a.outcome(), a.receipt(), a.currentVersion());
        } catch (DeliveryException e) {
            work.failed(id, p.tracking(), e.code());
            throw new DomainException(ErrorCode.MUNICIPAL_DELIVERY_FAILED,
                    "the municipality's system did not take the report (" + e.code() + "); sending again is safe");
        }
    }
}
