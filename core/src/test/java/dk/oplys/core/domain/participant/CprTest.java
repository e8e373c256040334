package dk.oplys.core.domain.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CprTest {

    @Test
    void centuryComesFromSeventhDigitAndYear() {
        assertEquals(LocalDate.of(1972, 5, 15), Cpr.parse("150572-1234").orElseThrow().birthDate());
        assertEquals(LocalDate.of(2010, 1, 1), Cpr.parse("010110-4000").orElseThrow().birthDate());
        assertEquals(LocalDate.of(1940, 1, 1), Cpr.parse("010140-4000").orElseThrow().birthDate());
        assertEquals(LocalDate.of(1860, 1, 1), Cpr.parse("010160-5000").orElseThrow().birthDate());
        assertEquals(LocalDate.of(2050, 1, 1), Cpr.parse("0101505000").orElseThrow().birthDate());
    }

    @Test
    void failingModulus11IsNotRejected() {
        Cpr cpr = Cpr.parse("150572-1234").orElseThrow();
        assertFalse(cpr.passesModulus11());
    }

    @Test
    void impossibleDatesAndShapesAreRejected() {
        assertTrue(Cpr.parse("310272-1234").isEmpty());
        assertTrue(Cpr.parse("15057-1234").isEmpty());
        assertTrue(Cpr.parse("15a572-1234").isEmpty());
        assertTrue(Cpr.parse(null).isEmpty());
    }

    @Test
    void replacementNumbersAddSixtyToTheDay() {
        assertEquals(LocalDate.of(1972, 5, 15), Cpr.parse("750572-1234").orElseThrow().birthDate());
    }

    @Test
    void toStringNeverShowsTheNumber() {
        Cpr cpr = Cpr.parse("150572-1234").orElseThrow();
        assertFalse(cpr.toString().contains("1234"));
        assertEquals("150572-XXXX", cpr.masked());
    }
}
