package dk.oplys.core.disclosure;

/**
 * A piece of personal data that can leave the school, by the name it has in outgoing payloads.
 * Payload builders name their fields with these, so what a recipient gets can be checked against
 * what its {@link Recipient} allows.
 */
public enum Field {
    NAME,
    ADDRESS,
    BIRTH_DATE,
    CPR,
    EMAIL,
    PHONE,
    HJEMSTEDSKOMMUNE,
    BETALINGSKOMMUNE,
    COURSE,
    ACTIVITY_KIND,
    PARTICIPANT_HOURS,
    LESSONS,
    REDUCED_FEE_GROUP,
    REDUCED_FEE_AMOUNT,
    DECLARATION,
    COURSE_FIELDS,
    ATTENDANCE,
    PICKUP_ADDRESS,
    PICKUP_TIME,
    MOBILITY_AID,
    COMPANION,
    TRANSPORT_NOTES,
    PAYER_ID,
    COURSE_ID,
    AMOUNT
}
