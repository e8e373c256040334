package dk.oplys.core.application.view;

import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.core.domain.enrolment.Enrolment;
import dk.oplys.core.domain.enrolment.EnrolmentStatus;
import java.time.Instant;
import java.util.Map;

/** An enrolment on a staff list: the person by name only, how and by whom it was entered. */
public record EnrolmentView(long id, long courseId, long participantId, String participantName, EnrolmentStatus status,
                            Channel channel, String enteredBy, Instant createdAt, Instant waitingSince,
                            Instant cancelledAt, Map<String, String> fields) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id(), e.course().id(), e.participant().id(),
                e.participant().firstName() + " " + e.participant().lastName(), e.status(), e.channel(),
                e.enteredBy(), e.createdAt(), e.waitingSince(), e.cancelledAt(), e.fieldValues());
    }
}
