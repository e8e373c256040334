package dk.oplys.core.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Shortly after the server starts (so also right after a restore), erases again anyone the purge
 * journal says is gone: a restored backup never brings a deleted person back. The nightly run
 * does the same before applying the rules.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalReplayAtStart {

    private static final Logger LOG = Logger.getLogger(JournalReplayAtStart.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private RetentionJob job;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(15_000, new TimerConfig("purge-journal-replay", false));
    }

    @Timeout
    void replay() {
        try {
            job.replayJournalNow();
        } catch (RuntimeException e) {
            LOG.warning(() -> "purge journal replay failed: " + e.getClass().getName());
        }
    }
}
