package dk.oplys.core.retention;

import java.util.Collection;
import java.util.Set;

/**
 * One area's part in retention: it deletes (or anonymises) its own tables. The job finds every
 * implementation through CDI ({@code Instance<RetentionTarget>}); an area that adds a table holding
 * personal data adds a target (an {@code @ApplicationScoped} bean) and nothing else changes. See
 * docs/retention.md.
 *
 * <p>All methods run inside the job's batch transaction, on ids of one school, and must be
 * idempotent: a batch may be run again after a crash.
 */
public interface RetentionTarget {

    /**
     * Position in a person's erasure: lower goes first. Rows that reference others must go before
     * what they reference (mail log 10, billing 20, enrolments 30, consents/disclosures/support 40,
     * the person 1000). An area whose table references enrolments uses less than 30.
     */
    int order();

    /** The tables this target deletes from or anonymises (checked against the schema by RetentionIT). */
    Set<String> tables();

    /**
     * Deletes or anonymises this area's rows about these persons, who are being erased (their
     * rule ran out, or they asked for erasure and nothing keeps them).
     *
     * @return the number of rows affected
     */
    int erasePersons(long schoolId, Collection<Long> participantIds);

    /** Kinds of data with a clock of their own that this target purges (besides the person's). */
    default Set<String> ownKinds() {
        return Set.of();
    }

    /**
     * Purges at most {@code limit} due rows of {@code kind} (one of {@link #ownKinds()}), skipping
     * rows of held persons or courses ({@link PurgeScope#notHeld}).
     *
     * @return the number of rows affected; 0 means nothing is left to do
     */
    default int purgeDue(String kind, PurgeScope scope, int limit) {
        return 0;
    }
}
