package dk.oplys.core.application.transport;

import dk.oplys.core.domain.transport.Haulier;
import java.time.LocalDate;

/** A haulier as the school's staff see it. */
public record HaulierView(long id, String name, String contactName, String contactEmail, String contactPhone,
                          LocalDate dpaSignedOn, boolean hasLogin, boolean active) {

    static HaulierView of(Haulier h) {
        return new HaulierView(h.id(), h.name(), h.contactName(), h.contactEmail(), h.contactPhone(), h.dpaSignedOn(),
                h.loginUserId() != null, h.active());
    }
}
