package dk.oplys.core.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A retention run as the school admin sees it: when, as of which day, and counts per rule. No ids, no names. */
public record RunView(long id, LocalDate asOf, Instant startedAt, Instant finishedAt, String status, String startedBy,
                      List<Count> counts) {

    /** Rows deleted or anonymised under one rule (persons, for the PARTICIPANT rule). */
    public record Count(String dataKind, String action, long rows) {
    }
}
