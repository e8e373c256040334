package dk.oplys.core.application.transport;

import dk.oplys.core.domain.transport.TransportBasis;
import dk.oplys.core.domain.transport.TransportNeed;
import java.time.Instant;

/** A transport need as staff and the participant see it. */
public record NeedView(long enrolmentId, String pickupStreet, String pickupPostcode, String pickupCity,
                       String mobilityAid, boolean companion, String notes, TransportBasis basis, Instant updatedAt) {

    static NeedView of(TransportNeed n) {
        return new NeedView(n.enrolmentId(), n.pickupStreet(), n.pickupPostcode(), n.pickupCity(), n.mobilityAid(),
                n.companion(), n.notes(), n.basis(), n.updatedAt());
    }

    @Override
    public String toString() {
        return "NeedView[" + enrolmentId + "]";
    }
}
