package dk.oplys.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class CutoffTest {

    private static final Period FIVE_YEARS = Period.ofYears(5);
    private static final Anchor FISCAL = Anchor.END_OF_FISCAL_YEAR_OF_LAST_COURSE;

    private static boolean due(Anchor a, Period p, LocalDate anchorDate, LocalDate today, int fiscalStart) {
        return Cutoff.of(a, p, today, fiscalStart).isDue(anchorDate);
    }

    @Test
    void augustFiscalYearKeepsThroughTheFifthJuly31AndNotLonger() {
        LocalDate lastCourse = LocalDate.of(2026, 5, 10); // fiscal year 2025/26, ends 2026-07-31
        assertEquals(LocalDate.of(2031, 7, 31), Cutoff.deadline(FISCAL, FIVE_YEARS, lastCourse, 8));
        assertFalse(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2031, 7, 30), 8));
        assertFalse(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2031, 7, 31), 8));
        assertTrue(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2031, 8, 1), 8));
    }

    @Test
    void aCourseOneDayIntoTheNextFiscalYearIsKeptAYearLonger() {
        LocalDate firstDayOfNextYear = LocalDate.of(2026, 8, 1); // fiscal year 2026/27
        assertEquals(LocalDate.of(2032, 7, 31), Cutoff.deadline(FISCAL, FIVE_YEARS, firstDayOfNextYear, 8));
        assertFalse(due(FISCAL, FIVE_YEARS, firstDayOfNextYear, LocalDate.of(2031, 8, 1), 8));
        assertTrue(due(FISCAL, FIVE_YEARS, LocalDate.of(2026, 7, 31), LocalDate.of(2031, 8, 1), 8));
    }

    @Test
    void calendarFiscalYearRunsToDecember31() {
        LocalDate lastCourse = LocalDate.of(2026, 5, 10);
        assertEquals(LocalDate.of(2031, 12, 31), Cutoff.deadline(FISCAL, FIVE_YEARS, lastCourse, 1));
        assertFalse(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2031, 12, 31), 1));
        assertTrue(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2032, 1, 1), 1));
    }

    @Test
    void fiscalYearFromMarchHandlesTheLeapDay() {
        LocalDate lastCourse = LocalDate.of(2027, 6, 1); // fiscal year 2027/28 ends 2028-02-29
        assertEquals(LocalDate.of(2033, 2, 28), Cutoff.deadline(FISCAL, FIVE_YEARS, lastCourse, 3));
        assertFalse(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2033, 2, 28), 3));
        assertTrue(due(FISCAL, FIVE_YEARS, lastCourse, LocalDate.of(2033, 3, 1), 3));
    }

    @Test
    void plainAnchorsKeepThroughTheDeadlineDay() {
        LocalDate courseEnd = LocalDate.of(2026, 11, 20);
        Period thirtyDays = Period.ofDays(30);
        LocalDate deadline = Cutoff.deadline(Anchor.COURSE_END, thirtyDays, courseEnd, 8);
        assertEquals(LocalDate.of(2026, 12, 20), deadline);
        assertFalse(due(Anchor.COURSE_END, thirtyDays, courseEnd, deadline.minusDays(1), 8));
        assertFalse(due(Anchor.COURSE_END, thirtyDays, courseEnd, deadline, 8));
        assertTrue(due(Anchor.COURSE_END, thirtyDays, courseEnd, deadline.plusDays(1), 8));
    }

    @Test
    void deadlineAndCutoffAgreeEveryDayOfAYear() {
        for (Anchor a : Anchor.values()) {
            for (int month = 1; month <= 12; month++) {
                LocalDate anchorDate = LocalDate.of(2025, 1, 1);
                for (int d = 0; d < 366; d++, anchorDate = anchorDate.plusDays(1)) {
                    LocalDate deadline = Cutoff.deadline(a, FIVE_YEARS, anchorDate, month);
                    assertFalse(due(a, FIVE_YEARS, anchorDate, deadline, month), a + " " + anchorDate + " " + month);
                    assertTrue(due(a, FIVE_YEARS, anchorDate, deadline.plusDays(1), month), a + " " + anchorDate + " " + month);
                }
            }
        }
    }

    @Test
    void otherSchoolsClocksAreRulesNotCode() {
        // Seed 000: applications kept up to three years; coaching notes one year after the engagement.
        assertTrue(due(Anchor.RECORD_CREATED, Period.ofYears(3), LocalDate.of(2023, 3, 1), LocalDate.of(2026, 3, 2), 1));
        assertFalse(due(Anchor.EVENT_END, Period.ofYears(1), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30), 1));
        // Seed 003: event participant lists anonymised right after the event.
        assertTrue(due(Anchor.EVENT_END, Period.ZERO, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), 1));
        assertFalse(due(Anchor.EVENT_END, Period.ZERO, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), 1));
    }
}
