package dk.oplys.core.domain.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrivingScheduleTest {

    static final DrivingSchedule.Run R1 = new DrivingSchedule.Run(1, LocalDate.of(2026, 9, 2), LocalTime.of(9, 15),
            LocalTime.of(10, 0), LocalTime.of(11, 30));
    static final DrivingSchedule.Run R2 = new DrivingSchedule.Run(2, LocalDate.of(2026, 9, 9), LocalTime.of(9, 15),
            LocalTime.of(10, 0), LocalTime.of(11, 30));
    static final DrivingSchedule.Pickup KIRSTEN = new DrivingSchedule.Pickup(7, "Kirsten Kjær", "Lærkevej 3", "7400",
            "Herning", "Kørestol", true, "30112233", null);
    static final DrivingSchedule.Pickup LARS = new DrivingSchedule.Pickup(8, "Lars Lund", "Åbrinken 14", "7400",
            "Herning", null, false, null, "Ring på hos naboen");

    @Test
    void theFirstVersionSaysSo() {
        assertEquals(List.of("Første version af kørselsplanen."),
                new DrivingSchedule(List.of(R1), List.of(KIRSTEN)).changesSince(null));
    }

    @Test
    void sameRowsAreTheSameSchedule() {
        DrivingSchedule a = new DrivingSchedule(List.of(R1, R2), List.of(KIRSTEN, LARS));
        assertTrue(a.sameAs(new DrivingSchedule(List.of(R1, R2), List.of(KIRSTEN, LARS))));
        assertTrue(a.changesSince(a).isEmpty());
    }

    @Test
    void namesNewLeftChangedPassengersAndMovedOrCancelledRuns() {
        DrivingSchedule before = new DrivingSchedule(List.of(R1, R2), List.of(KIRSTEN));
        DrivingSchedule.Run moved = new DrivingSchedule.Run(1, LocalDate.of(2026, 9, 3), LocalTime.of(9, 15),
                LocalTime.of(10, 0), LocalTime.of(11, 30));
        DrivingSchedule.Pickup kirstenWalks = new DrivingSchedule.Pickup(7, "Kirsten Kjær", "Lærkevej 3", "7400",
                "Herning", null, true, "30112233", null);
        DrivingSchedule after = new DrivingSchedule(List.of(moved), List.of(kirstenWalks, LARS));
        List<String> changes = after.changesSince(before);
        assertFalse(after.sameAs(before));
        assertEquals(List.of("Flyttet: kørslen 2026-09-02 kl. 09:15 er nu 2026-09-03 kl. 09:15.",
                "Aflyst: kørslen 2026-09-09 kl. 09:15.", "Ændret: Kirsten Kjær (hjælpemiddel).",
                "Ny passager: Lars Lund."), changes);
        assertEquals(List.of("Udgået: Lars Lund skal ikke længere hentes."),
                new DrivingSchedule(List.of(moved), List.of(kirstenWalks)).changesSince(after));
    }
}
