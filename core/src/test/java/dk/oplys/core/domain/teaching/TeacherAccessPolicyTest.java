package dk.oplys.core.domain.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeacherAccessPolicyTest {

    static final Optional<LocalDate> FIRST = Optional.of(LocalDate.of(2026, 9, 1));
    static final Optional<LocalDate> LAST = Optional.of(LocalDate.of(2026, 11, 24));
    static final TeacherAccessPolicy DEFAULT = new TeacherAccessPolicy(14, 30);

    @Test
    void opensOnTheDayTheWindowStartsAndNotTheDayBefore() {
        assertFalse(DEFAULT.participantsVisible(FIRST, LAST, LocalDate.of(2026, 8, 17)).allowed());
        assertTrue(DEFAULT.participantsVisible(FIRST, LAST, LocalDate.of(2026, 8, 18)).allowed());
    }

    @Test
    void staysOpenDuringTheCourseAndClosesAfterTheLastDay() {
        assertTrue(DEFAULT.participantsVisible(FIRST, LAST, LocalDate.of(2026, 10, 1)).allowed());
        assertTrue(DEFAULT.participantsVisible(FIRST, LAST, LocalDate.of(2026, 12, 24)).allowed());
        TeacherAccessPolicy.Allowance after = DEFAULT.participantsVisible(FIRST, LAST, LocalDate.of(2026, 12, 25));
        assertFalse(after.allowed());
        assertTrue(after.reason().contains("ended"), after.reason());
        assertEquals(LocalDate.of(2026, 12, 24), after.until());
    }

    @Test
    void zeroDaysMeansOnlyFromFirstToLastLesson() {
        TeacherAccessPolicy tight = new TeacherAccessPolicy(0, 0);
        assertFalse(tight.participantsVisible(FIRST, LAST, FIRST.get().minusDays(1)).allowed());
        assertTrue(tight.participantsVisible(FIRST, LAST, FIRST.get()).allowed());
        assertTrue(tight.participantsVisible(FIRST, LAST, LAST.get()).allowed());
        assertFalse(tight.participantsVisible(FIRST, LAST, LAST.get().plusDays(1)).allowed());
    }

    @Test
    void aCourseWithoutLessonsShowsNoParticipants() {
        assertFalse(DEFAULT.participantsVisible(Optional.empty(), Optional.empty(), LocalDate.of(2026, 9, 1)).allowed());
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TeacherAccessPolicy(-1, 30));
    }
}
