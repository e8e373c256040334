package dk.oplys.core.application.teaching;

import java.util.Map;

/**
 * A participant as the course's teacher sees them (recipient TEACHER): names, the answers to the
 * course's own fields, and a phone number only when the school allows it (otherwise absent).
 * No CPR, address, birth date, e-mail, payment or reduced-fee status: the type has no place for them.
 */
public record TrimmedParticipant(long enrolmentId, String firstName, String lastName, Map<String, String> fields,
                                 String phone) {

    @Override
    public String toString() {
        return "TrimmedParticipant[" + enrolmentId + "]";
    }
}
