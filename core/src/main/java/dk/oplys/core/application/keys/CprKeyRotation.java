package dk.oplys.core.application.keys;

import dk.oplys.core.crypto.CprKeys;
import dk.oplys.core.crypto.CprProtector;
import dk.oplys.integration.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Key rotation without downtime. Every {@code oplys.keys.reload-seconds} (default 60) each node
 * reloads the key folder: a new key file becomes usable for decryption; {@code cpr-enc-current}
 * says which key encrypts. Then values still under an older key are re-encrypted in batches.
 * Every node may do this at once: the conditional updates make it safe, only the work is shared.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CprKeyRotation {

    private static final Logger LOG = Logger.getLogger(CprKeyRotation.class.getName());
    private static final int BATCH = 500;
    private static final int BATCHES_PER_ROUND = 20;

    @Resource
    private TimerService timers;

    @Inject
    private CprProtector protector;

    @Inject
    private CprReencryptionWork work;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long seconds = Settings.get("oplys.keys.reload-seconds").map(Long::parseLong).orElse(60L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("cpr-keys", false));
    }

    @Timeout
    void onTimer() {
        reload();
        reencrypt(BATCHES_PER_ROUND);
    }

    /** Reads the key folder again; a failure keeps the keys already loaded. */
    public void reload() {
        try {
            CprKeys keys = CprKeys.load(Settings.keysDir(), false);
            int before = protector.currentKeyId();
            protector.use(keys);
            if (before != keys.currentId()) {
                LOG.info(() -> "CPR encryption key is now " + keys.currentId() + " (was " + before + ")");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "CPR key folder not reloaded: " + e.getClass().getSimpleName());
        }
    }

    /** Up to {@code batches} batches of re-encryption; @return values re-encrypted */
    public int reencrypt(int batches) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int total = 0;
            for (int i = 0; i < batches; i++) {
                int n = work.batch(BATCH);
                total += n;
                if (n == 0) {
                    break;
                }
            }
            return total;
        } finally {
            running.set(false);
        }
    }

    public CprKeyStatus status() {
        return new CprKeyStatus(System.getProperty("jboss.node.name", "node"), protector.keyIds(),
                protector.currentKeyId(), work.valuesPerKey());
    }
}
