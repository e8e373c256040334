package dk.oplys.core.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everyone outside the school's office who receives personal data, with the fields each may
 * receive and the legal basis, as the privacy policy states them. This is the one declaration:
 * payload builders take their field list from here, tests compare produced payloads with it, and
 * the generated privacy notice reads it.
 */
public enum Recipient {

    /** § 43 stk. 5: name, address and birth date of every participant counted for subsidy. */
    MUNICIPALITY_SUBSIDY(EnumSet.of(Field.NAME, Field.ADDRESS, Field.BIRTH_DATE, Field.COURSE, Field.ACTIVITY_KIND,
            Field.PARTICIPANT_HOURS),
            "Folkeoplysningsloven § 43, stk. 5 (tilskud); GDPR art. 6, stk. 1, litra c"),

    /** § 43 stk. 5: participants from another municipality, with CPR where the rules require it (mellemkommunal refusion). */
    MUNICIPALITY_REFUSION(EnumSet.of(Field.NAME, Field.ADDRESS, Field.BIRTH_DATE, Field.CPR, Field.HJEMSTEDSKOMMUNE,
            Field.BETALINGSKOMMUNE, Field.COURSE, Field.ACTIVITY_KIND, Field.PARTICIPANT_HOURS),
            "Folkeoplysningsloven § 43, stk. 5 (mellemkommunal refusion); databeskyttelsesloven § 11, stk. 1"),

    /** § 8a: the reduced-fee claim with the tro og love-erklæringer. */
    MUNICIPALITY_REDUCED_FEE(EnumSet.of(Field.NAME, Field.ADDRESS, Field.COURSE, Field.LESSONS,
            Field.REDUCED_FEE_GROUP, Field.REDUCED_FEE_AMOUNT, Field.DECLARATION),
            "Folkeoplysningsloven § 8a og kommunens tilskudsregler (nedsat deltagerbetaling); GDPR art. 6, stk. 1, litra c"),

    /** The card-payment provider: payer id, course id, amount. */
    PAYMENT_PROVIDER(EnumSet.of(Field.PAYER_ID, Field.COURSE_ID, Field.AMOUNT),
            "GDPR art. 6, stk. 1, litra b (betaling af kursusgebyr)"),

    /** The haulier: who to pick up, where and when, aid and companion, a phone number for the day. */
    HAULIER(EnumSet.of(Field.NAME, Field.PICKUP_ADDRESS, Field.PICKUP_TIME, Field.MOBILITY_AID, Field.COMPANION,
            Field.TRANSPORT_NOTES, Field.PHONE),
            "GDPR art. 6, stk. 1, litra b (kørsel til og fra kursusstedet); databehandleraftale med vognmanden"),

    /** The course's teacher: names and the course's own fields; a phone number only if the school allows it. */
    TEACHER(EnumSet.of(Field.NAME, Field.COURSE_FIELDS, Field.ATTENDANCE, Field.PHONE),
            "GDPR art. 6, stk. 1, litra b og e (deltagerlister, mødeprotokol og mødekort)"),

    /** The person themself (access and portability): everything held. */
    DATA_SUBJECT(EnumSet.allOf(Field.class), "GDPR art. 15 og 20 (indsigt og dataportabilitet)");

    private final Set<Field> fields;
    private final String legalBasis;

    Recipient(Set<Field> fields, String legalBasis) {
        this.fields = Set.copyOf(fields);
        this.legalBasis = legalBasis;
    }

    /** The fields this recipient may ever receive. */
    public Set<Field> fields() {
        return fields;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Whether sending {@code sent} to this recipient stays inside its declaration. */
    public boolean allows(Set<Field> sent) {
        return fields.containsAll(sent);
    }
}
