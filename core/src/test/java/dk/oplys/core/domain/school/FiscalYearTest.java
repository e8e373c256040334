package dk.oplys.core.domain.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    private static School school(int startMonth) {
        return new School(1L, "S", "12345678", "Vej 1", "6900", "Skjern", "760", "s@example.dk", null, startMonth);
    }

    @Test
    void calendarFiscalYearIsTheCalendarYear() {
        assertEquals(2026, school(1).fiscalYearOf(LocalDate.of(2026, 1, 1)));
        assertEquals(2026, school(1).fiscalYearOf(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void augustFiscalYearIsNamedByTheYearItStarts() {
        School august = school(8);
        assertEquals(2025, august.fiscalYearOf(LocalDate.of(2026, 7, 31)));
        assertEquals(2026, august.fiscalYearOf(LocalDate.of(2026, 8, 1)));
        assertEquals(2026, august.fiscalYearOf(LocalDate.of(2027, 3, 1)));
    }
}
