package dk.oplys.core.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a {@link RetentionTarget} needs to purge one batch of a kind: the school, the day the run
 * acts as of, the rule and its cutoff.
 */
public record PurgeScope(long schoolId, LocalDate today, RetentionRule rule, Cutoff cutoff) {

    /**
     * A condition that is true when no active legal hold covers the person in the column
     * {@code participantColumn}, directly or through one of their courses. Binds {@code :school}
     * and {@code :today} (see {@link #bindHolds}).
     */
    public static String notHeld(String participantColumn) {
        return "NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.school_id = :school AND h.released_at IS NULL "
                + "AND h.ends_on >= :today AND (h.participant_id = " + participantColumn
                + " OR h.course_id IN (SELECT he.course_id FROM enrolment he WHERE he.participant_id = "
                + participantColumn + ")))";
    }

    /** Binds the parameters {@link #notHeld} uses. */
    public <Q extends jakarta.persistence.Query> Q bindHolds(Q query) {
        query.setParameter("school", schoolId);
        query.setParameter("today", today);
        return query;
    }

    public Instant cutoffInstant() {
        return cutoff.instant();
    }
}
