package dk.oplys.core.retention;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.domain.school.School;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.config.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Applies the retention rules every night at 03:15, and on demand for one school. Every node has
 * the timer; the one that takes the database lease runs, the others skip, and a day whose run
 * completed is not run again. Work goes in batches of {@code oplys.retention.batch-size} (500),
 * each its own transaction, so memory and transaction size do not grow with the data.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(10);
    /** A target that keeps reporting work without finishing is stopped after this many batches. */
    private static final int MAX_BATCHES = 100_000;

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private RetentionWork work;

    @Inject
    private RetentionRules rules;

    @Inject
    private PersonEraser eraser;

    @Inject
    private AppClock clock;

    private final String node = System.getProperty("jboss.node.name", "node");

    private static int batchSize() {
        return Settings.get("oplys.retention.batch-size").map(Integer::parseInt).orElse(500);
    }

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Copenhagen", persistent = false, info = "retention")
    void nightly() {
        LocalDate today = LocalDate.now(clock.clock());
        if (today.equals(work.lastDay())) {
            return;
        }
        String holder = node + "-" + UUID.randomUUID();
        if (!work.lease(holder, LEASE)) {
            return; // another node is running it
        }
        boolean allDone = true;
        try {
            List<Long> schools = em.createQuery("SELECT s.id FROM School s ORDER BY s.id", Long.class).getResultList();
            for (Long school : schools) {
                allDone &= "DONE".equals(runSchool(holder, school, today, RetentionWork.JOB_ACTOR).status());
            }
        } finally {
            work.release(holder, allDone ? today : null);
        }
    }

    /**
     * Runs the school's rules as of {@code asOf} now, in this thread.
     *
     * @throws DomainException RETENTION_ALREADY_RUNNING when a run holds the lease
     */
    public RunView runNow(long schoolId, LocalDate asOf, String by) {
        String holder = node + "-" + UUID.randomUUID();
        if (!work.lease(holder, LEASE)) {
            throw new DomainException(ErrorCode.RETENTION_ALREADY_RUNNING,
                    "a retention run is under way; try again when it has finished");
        }
        try {
            return runSchool(holder, schoolId, asOf, by);
        } finally {
            work.release(holder, null);
        }
    }

    private RunView runSchool(String holder, long schoolId, LocalDate asOf, String by) {
        School school = em.find(School.class, schoolId);
        long runId = work.startRun(schoolId, asOf, by);
        String status = "DONE";
        try {
            replayJournal(holder, runId, schoolId);
            for (RetentionRule rule : rules.effective(schoolId)) {
                PurgeScope scope = new PurgeScope(schoolId, asOf, rule, rule.cutoff(asOf, school.fiscalYearStartMonth()));
                work.count(runId, rule.dataKind(), rule.action(), 0);
                if (DataKinds.PARTICIPANT.equals(rule.dataKind())) {
                    long after = 0;
                    for (int i = 0; i < MAX_BATCHES; i++) {
                        List<Long> due = work.duePersons(scope, after, batchSize());
                        if (due.isEmpty()) {
                            break;
                        }
                        work.erasePersons(runId, scope, due);
                        after = due.get(due.size() - 1);
                        work.lease(holder, LEASE);
                    }
                    continue;
                }
                for (RetentionTarget target : eraser.targets()) {
                    if (!target.ownKinds().contains(rule.dataKind())) {
                        continue;
                    }
                    for (int i = 0; i < MAX_BATCHES && work.purge(runId, target, scope, batchSize()) > 0; i++) {
                        work.lease(holder, LEASE);
                    }
                }
            }
        } catch (RuntimeException e) {
            status = "FAILED";
            // The class only: a driver message can quote data.
            LOG.severe(() -> "retention run " + runId + " failed: " + e.getClass().getName());
        }
        work.finishRun(runId, schoolId, status);
        return runView(runId);
    }

    private int replayJournal(String holder, Long runId, long schoolId) {
        int erased = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            List<Long> back = work.resurrected(schoolId, batchSize());
            if (back.isEmpty()) {
                break;
            }
            erased += work.replay(runId, schoolId, back);
            work.lease(holder, LEASE);
        }
        return erased;
    }

    /**
     * Re-applies the purge journal in every school, e.g. right after the server starts on a
     * restored database. Skips quietly when another node holds the lease (it replays in its run).
     *
     * @return persons erased again
     */
    public int replayJournalNow() {
        String holder = node + "-" + UUID.randomUUID();
        if (!work.lease(holder, LEASE)) {
            return 0;
        }
        try {
            int erased = 0;
            for (Long school : em.createQuery("SELECT s.id FROM School s ORDER BY s.id", Long.class).getResultList()) {
                erased += replayJournal(holder, null, school);
            }
            if (erased > 0) {
                LOG.warning("purge journal: " + erased + " erased person(s) had come back (restored backup) and were erased again");
            }
            return erased;
        } finally {
            work.release(holder, null);
        }
    }

    /** One run with its counts. */
    public RunView runView(long runId) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT id, as_of, started_at, finished_at, status, started_by "
                + "FROM retention_run WHERE id = :id").setParameter("id", runId).getSingleResult();
        return toView(r);
    }

    /** The school's latest runs, newest first. */
    public List<RunView> runs(long schoolId, int max) {
        List<?> rows = em.createNativeQuery("SELECT id, as_of, started_at, finished_at, status, started_by "
                + "FROM retention_run WHERE school_id = :s ORDER BY id DESC").setParameter("s", schoolId)
                .setMaxResults(max).getResultList();
        return rows.stream().map(o -> toView((Object[]) o)).toList();
    }

    private RunView toView(Object[] r) {
        long id = ((Number) r[0]).longValue();
        List<?> counts = em.createNativeQuery("SELECT data_kind, action, rows_done FROM retention_run_count "
                + "WHERE run_id = :r ORDER BY data_kind, action").setParameter("r", id).getResultList();
        return new RunView(id, Jdbc.date(r[1]), Jdbc.instant(r[2]), Jdbc.instant(r[3]), (String) r[4], (String) r[5],
                counts.stream().map(o -> (Object[]) o)
                        .map(c -> new RunView.Count((String) c[0], (String) c[1], ((Number) c[2]).longValue())).toList());
    }
}
