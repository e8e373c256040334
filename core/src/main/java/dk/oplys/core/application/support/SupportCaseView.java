package dk.oplys.core.application.support;

import dk.oplys.core.domain.support.SupportCase;
import java.time.Instant;

/** A support case as the school and the operator see it: ids, reason and times, no personal data. */
public record SupportCaseView(long id, long schoolId, long participantId, String reason, String openedBy,
                              Instant openedAt, Instant endsAt, Instant closedAt, boolean open) {

    static SupportCaseView of(SupportCase c, Instant now) {
        return new SupportCaseView(c.id(), c.schoolId(), c.participantId(), c.reason(), c.openedBy(), c.openedAt(),
                c.endsAt(), c.closedAt(), c.openAt(now));
    }
}
