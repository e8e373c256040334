package dk.oplys.core.retention;

import java.time.Instant;
import java.time.LocalDate;

/** A legal hold as staff see it. */
public record HoldView(long id, Long participantId, Long courseId, String reason, LocalDate endsOn, boolean active,
                       String createdBy, Instant createdAt, Instant releasedAt) {

    static HoldView of(LegalHold h, LocalDate today) {
        return new HoldView(h.id(), h.participantId(), h.courseId(), h.reason(), h.endsOn(), h.activeOn(today),
                h.createdBy(), h.createdAt(), h.releasedAt());
    }
}
