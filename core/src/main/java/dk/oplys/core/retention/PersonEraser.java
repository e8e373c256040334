package dk.oplys.core.retention;

import dk.oplys.core.infrastructure.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Erases persons of one school from every area, in the targets' order, inside the caller's
 * transaction, and writes one journal line per person (id, kind, reason; nothing else).
 */
@ApplicationScoped
public class PersonEraser {

    @Inject
    @Any
    private Instance<RetentionTarget> targets;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    /** Every target, first to last. */
    public List<RetentionTarget> targets() {
        return StreamSupport.stream(targets.spliterator(), false)
                .sorted(Comparator.comparingInt(RetentionTarget::order).thenComparing(t -> t.getClass().getName()))
                .toList();
    }

    /**
     * @param dataKind the rule that made them due, or {@code ERASURE} for a data subject's request
     * @param reason   {@code RULE} or {@code REQUEST}
     * @return rows affected over all areas
     */
    public int erase(long schoolId, Collection<Long> participantIds, String dataKind, String reason) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        int rows = eraseOnly(schoolId, participantIds);
        for (Long id : participantIds) {
            em.createNativeQuery("INSERT INTO purge_journal (school_id, purged_at, data_kind, subject_type, subject_id, "
                            + "reason) VALUES (:s, :at, :k, 'participant', :id, :r)")
                    .setParameter("s", schoolId).setParameter("at", clock.now()).setParameter("k", dataKind)
                    .setParameter("id", id).setParameter("r", reason).executeUpdate();
        }
        return rows;
    }

    /** Erases without a new journal line: for replaying the journal after a restore. */
    int eraseOnly(long schoolId, Collection<Long> participantIds) {
        int rows = 0;
        for (RetentionTarget t : targets()) {
            rows += t.erasePersons(schoolId, participantIds);
        }
        return rows;
    }
}
