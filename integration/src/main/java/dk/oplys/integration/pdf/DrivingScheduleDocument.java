package dk.oplys.integration.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A kørselsplan for the haulier as plain values: the school, the course and its venue, the version,
 * and per lesson when to pick up whom, where, with which aid and companion, and a phone number.
 */
public record DrivingScheduleDocument(
        String schoolName,
        String schoolContact,
        String haulierName,
        String courseTitle,
        String venue,
        int version,
        Instant versionCreatedAt,
        List<String> changes,
        List<Run> runs) {

    /** One drive: the lesson's date and times and the people to pick up. */
    public record Run(LocalDate date, LocalTime pickupFrom, LocalTime lessonStart, LocalTime lessonEnd,
                      List<Pickup> pickups) {
    }

    /** One person to pick up. */
    public record Pickup(String name, String address, String mobilityAid, boolean companion, String phone, String notes) {
        @Override
        public String toString() {
            return "Pickup[masked]";
        }
    }

    @Override
    public String toString() {
        return "DrivingScheduleDocument[masked]";
    }
}
