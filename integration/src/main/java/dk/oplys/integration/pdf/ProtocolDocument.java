package dk.oplys.integration.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A course's mødeprotokol (attendance register) as plain values: the school, the course, its
 * teachers, and per lesson the time, lesson units, who attended and the sign-off. The school's
 * evidence when the municipality audits the subsidy; participants appear by name only.
 */
public record ProtocolDocument(
        String schoolName,
        String schoolAddress,
        String courseTitle,
        String activityKind,
        String venue,
        List<String> teachers,
        List<String> participants,
        List<LessonRow> lessons,
        List<Correction> corrections,
        Instant printedAt) {

    /** One lesson: when, how many units, who was there, who was not, and who signed. */
    public record LessonRow(LocalDate date, LocalTime start, LocalTime end, BigDecimal units, List<String> present,
                            List<String> absent, List<String> unmarked, String signedBy, Instant signedAt) {
    }

    /** A change made after the sign-off, with its reason. */
    public record Correction(LocalDate lessonDate, String participant, String change, String reason, String by,
                             Instant at) {
    }

    @Override
    public String toString() {
        return "ProtocolDocument[masked]";
    }
}
