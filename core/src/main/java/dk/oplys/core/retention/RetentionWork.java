package dk.oplys.core.retention;

import dk.oplys.core.audit.AuditAction;
import dk.oplys.core.audit.AuditTrail;
import dk.oplys.core.audit.Purpose;
import dk.oplys.core.infrastructure.AppClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The job's units of work, each in its own short transaction: a batch commits with its counts, so
 * a run killed at any point has lost nothing it reported and simply continues when run again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionWork {

    static final String JOB_ACTOR = "retention";

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private PersonEraser eraser;

    @Inject
    private AppClock clock;

    @Inject
    private AuditTrail audit;

    /**
     * Takes or renews the job's lease. The lease runs on the machines' own time, not the
     * application clock (which tests move), so a node that died lets go after {@code length}.
     */
    public boolean lease(String holder, Duration length) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE retention_lease SET holder = :h, held_until = :until WHERE name = 'retention' "
                        + "AND (held_until IS NULL OR held_until < :now OR holder = :h)")
                .setParameter("h", holder).setParameter("until", now.plus(length)).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Lets the lease go; {@code completedDay}, when given, is the day whose daily run is done. */
    public void release(String holder, LocalDate completedDay) {
        if (completedDay != null) {
            em.createNativeQuery("UPDATE retention_lease SET last_day = :d WHERE name = 'retention' AND holder = :h")
                    .setParameter("d", completedDay).setParameter("h", holder).executeUpdate();
        }
        em.createNativeQuery("UPDATE retention_lease SET held_until = NULL, holder = NULL WHERE name = 'retention' "
                + "AND holder = :h").setParameter("h", holder).executeUpdate();
    }

    /** The last day whose daily run completed, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate lastDay() {
        Object d = em.createNativeQuery("SELECT last_day FROM retention_lease WHERE name = 'retention'").getSingleResult();
        return d == null ? null : d instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) d;
    }

    public long startRun(long schoolId, LocalDate asOf, String by) {
        em.createNativeQuery("INSERT INTO retention_run (school_id, as_of, started_at, status, started_by) "
                        + "VALUES (:s, :d, :at, 'RUNNING', :by)")
                .setParameter("s", schoolId).setParameter("d", asOf).setParameter("at", clock.now()).setParameter("by", by)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM retention_run WHERE school_id = :s AND started_by = :by")
                .setParameter("s", schoolId).setParameter("by", by).getSingleResult()).longValue();
    }

    public void finishRun(long runId, long schoolId, String status) {
        em.createNativeQuery("UPDATE retention_run SET status = :st, finished_at = :at WHERE id = :id")
                .setParameter("st", status).setParameter("at", clock.now()).setParameter("id", runId).executeUpdate();
        audit.recordAs(JOB_ACTOR, schoolId, AuditAction.DELETE, "retention-run", runId, Purpose.RETENTION,
                "DONE".equals(status) ? "OK" : status);
    }

    /**
     * The next persons (ids above {@code afterId}) whose rule ran out: nothing about them (course,
     * enrolment, invoice, payment, the record itself) is at or after the cutoff, and no hold covers them.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> duePersons(PurgeScope scope, long afterId, int limit) {
        return Sql.ids(scope.bindHolds(em.createNativeQuery("SELECT p.id FROM participant p "
                        + "WHERE p.school_id = :school AND p.id > :after AND p.created_at < :cutoffAt "
                        + "AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN lesson l ON l.course_id = e.course_id "
                        + "  WHERE e.participant_id = p.id AND l.lesson_date >= :cutoff) "
                        + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.created_at >= :cutoffAt) "
                        + "AND NOT EXISTS (SELECT 1 FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id "
                        + "  WHERE e.participant_id = p.id AND (i.issue_date >= :cutoff OR i.paid_at >= :cutoffAt)) "
                        + "AND " + PurgeScope.notHeld("p.id") + " ORDER BY p.id"))
                .setParameter("after", afterId).setParameter("cutoff", scope.cutoff().date())
                .setParameter("cutoffAt", scope.cutoffInstant()).setMaxResults(limit));
    }

    /**
     * Persons the journal says were erased but who are back (a database restored from a backup
     * taken before the erasure). Only a row created before its erasure counts, so an id the
     * restored sequence hands out again to a new person is never touched.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> resurrected(long schoolId, int limit) {
        return Sql.ids(em.createNativeQuery("SELECT DISTINCT p.id FROM participant p JOIN purge_journal j "
                        + "ON j.subject_type = 'participant' AND j.subject_id = p.id AND j.school_id = p.school_id "
                        + "WHERE p.school_id = :s AND p.created_at <= j.purged_at ORDER BY p.id")
                .setParameter("s", schoolId).setMaxResults(limit));
    }

    /** Erases them again (the journal already names them), counted under JOURNAL_REPLAY. */
    public int replay(Long runId, long schoolId, List<Long> ids) {
        eraser.eraseOnly(schoolId, ids);
        if (runId != null) {
            count(runId, REPLAY, RetentionAction.DELETE, ids.size());
        }
        return ids.size();
    }

    static final String REPLAY = "JOURNAL_REPLAY";

    /** Erases one batch of due persons and adds the count to the run, in one transaction. */
    public int erasePersons(long runId, PurgeScope scope, Collection<Long> ids) {
        eraser.erase(scope.schoolId(), ids, scope.rule().dataKind(), "RULE");
        count(runId, scope.rule().dataKind(), scope.rule().action(), ids.size());
        return ids.size();
    }

    /** One batch of a kind with its own clock, through its target. */
    public int purge(long runId, RetentionTarget target, PurgeScope scope, int limit) {
        int rows = target.purgeDue(scope.rule().dataKind(), scope, limit);
        count(runId, scope.rule().dataKind(), scope.rule().action(), rows);
        return rows;
    }

    /** Makes sure the rule appears in the run, also when nothing was due. */
    public void count(long runId, String kind, RetentionAction action, long rows) {
        int updated = em.createNativeQuery("UPDATE retention_run_count SET rows_done = rows_done + :n "
                        + "WHERE run_id = :r AND data_kind = :k AND action = :a")
                .setParameter("n", rows).setParameter("r", runId).setParameter("k", kind).setParameter("a", action.name())
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO retention_run_count (run_id, data_kind, action, rows_done) "
                            + "VALUES (:r, :k, :a, :n)")
                    .setParameter("n", rows).setParameter("r", runId).setParameter("k", kind).setParameter("a", action.name())
                    .executeUpdate();
        }
    }
}
