package dk.oplys.integration.pdf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A participant's mødekort (meeting card): the course, where it meets, every lesson's date and
 * time, the teacher and how to reach the school. It goes to the participant themself.
 */
public record MeetingCardDocument(
        String participantName,
        String courseTitle,
        String venueName,
        String venueAddress,
        List<LessonTime> lessons,
        List<String> teachers,
        String schoolName,
        String schoolContact,
        LocalDate issued) {

    /** One meeting: date, start and end. */
    public record LessonTime(LocalDate date, LocalTime start, LocalTime end) {
    }

    @Override
    public String toString() {
        return "MeetingCardDocument[masked]";
    }
}
