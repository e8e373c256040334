package dk.oplys.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declaration itself holds the promises of the privacy policy. */
class RecipientTest {

    @Test
    void paymentProviderGetsPayerIdCourseIdAndAmountOnly() {
        assertEquals(Set.of(Field.PAYER_ID, Field.COURSE_ID, Field.AMOUNT), Recipient.PAYMENT_PROVIDER.fields());
    }

    @Test
    void cprGoesOnlyToTheRefusionSectionAndTheDataSubject() {
        for (Recipient r : Recipient.values()) {
            boolean mayGetCpr = r == Recipient.MUNICIPALITY_REFUSION || r == Recipient.DATA_SUBJECT;
            assertEquals(mayGetCpr, r.fields().contains(Field.CPR), r.name());
        }
    }

    @Test
    void teacherAndHaulierGetNoAddressBirthDatePaymentOrReducedFeeStatus() {
        Set<Field> never = EnumSet.of(Field.CPR, Field.BIRTH_DATE, Field.ADDRESS, Field.EMAIL, Field.REDUCED_FEE_GROUP,
                Field.DECLARATION, Field.AMOUNT, Field.PAYER_ID);
        for (Recipient r : Set.of(Recipient.TEACHER, Recipient.HAULIER)) {
            assertTrue(r.fields().stream().noneMatch(never::contains), r + " " + r.fields());
        }
    }

    @Test
    void allowsIsFalseForAnyFieldOutsideTheDeclaration() {
        assertTrue(Recipient.MUNICIPALITY_SUBSIDY.allows(EnumSet.of(Field.NAME, Field.BIRTH_DATE)));
        assertFalse(Recipient.MUNICIPALITY_SUBSIDY.allows(EnumSet.of(Field.NAME, Field.CPR)));
        assertFalse(Recipient.MUNICIPALITY_SUBSIDY.allows(EnumSet.of(Field.EMAIL)));
    }

    @Test
    void everyRecipientStatesALegalBasis() {
        for (Recipient r : Recipient.values()) {
            assertFalse(r.legalBasis().isBlank(), r.name());
        }
    }
}
