package dk.oplys.core.dsr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A request as staff see it, with where it stands against its deadline. */
public record RequestView(long id, Long participantId, RequestKind kind, RequestChannel channel, Instant receivedAt,
                          LocalDate deadline, String state, long daysLeft, String details, String registeredBy,
                          Instant answeredAt, String answeredBy, String outcome, String answer) {

    /** Open requests whose deadline is this close are listed as due. */
    static final int DUE_WITHIN_DAYS = 7;

    static RequestView of(DataSubjectRequest r, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, r.deadline());
        String state = r.answered() ? "ANSWERED" : left < 0 ? "OVERDUE" : left <= DUE_WITHIN_DAYS ? "DUE" : "OPEN";
        return new RequestView(r.id(), r.participantId(), r.kind(), r.channel(), r.receivedAt(), r.deadline(), state, left,
                r.details(), r.registeredBy(), r.answeredAt(), r.answeredBy(), r.outcome(), r.answer());
    }
}
