package dk.oplys.core.application.transport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A driving schedule version as the haulier gets it: the course and venue, the version and what it
 * changed, and per lesson whom to pick up, where, from when, with aid, companion, phone and a note.
 * Nothing else about the passengers. {@code version} is null while no haulier is assigned.
 */
public record ScheduleView(long courseId, String courseTitle, String venue, String haulier, Integer version,
                           Instant versionCreatedAt, List<String> changes, List<Run> runs) {

    /** One drive to a lesson. */
    public record Run(LocalDate date, LocalTime pickupFrom, LocalTime lessonStart, LocalTime lessonEnd,
                      List<Pickup> pickups) {
    }

    /** One passenger. */
    public record Pickup(String name, String pickupAddress, String mobilityAid, boolean companion, String phone,
                         String notes) {
        @Override
        public String toString() {
            return "Pickup[masked]";
        }
    }

    @Override
    public String toString() {
        return "ScheduleView[course " + courseId + ", v" + version + "]";
    }
}
