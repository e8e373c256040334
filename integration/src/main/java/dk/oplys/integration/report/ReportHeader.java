package dk.oplys.integration.report;

import java.time.Instant;
import java.time.LocalDate;

/** What a report is: its id and version across corrections, the school, the tilskudskommune and the period. */
public record ReportHeader(String reportId, int version, String schoolName, String schoolCvr, String municipalityCode,
                           String municipalityName, LocalDate periodFrom, LocalDate periodTo, Instant createdAt) {
}
