package dk.oplys.core.application.billing;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.payment.PaymentProvider;
import dk.oplys.integration.payment.ProviderException;
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
 * Carries out the capture, credit and delete calls owed to the provider: every
 * {@code oplys.payments.interval-seconds} (default 30) and on demand from staff. Each task is
 * claimed first, so with several nodes each call is made once; a node that dies mid-call leaves a
 * lease that expires, and the call is made again (capture and delete are safe to repeat at ePay:
 * a second attempt is refused, which is then seen as done by staff).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentTaskRunner {

    private static final Logger LOG = Logger.getLogger(PaymentTaskRunner.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private PaymentTaskWork work;

    @Inject
    private PaymentProvider provider;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long seconds = Settings.get("oplys.payments.interval-seconds").map(Long::parseLong).orElse(30L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("payment-tasks", false));
    }

    @Timeout
    void onTimer() {
        runDue();
    }

    /** @return how many calls were made in this round */
    public int runDue() {
        if (!running.compareAndSet(false, true)) {
            return 0; // a round is already under way on this node
        }
        try {
            int calls = 0;
            for (Long id : work.due(100)) {
                PaymentTaskWork.Claimed task = work.claim(id);
                if (task == null) {
                    continue;
                }
                calls++;
                try {
                    switch (task.kind()) {
                        case CAPTURE -> provider.capture(task.transactionId(), task.amountOre());
                        case CREDIT -> provider.credit(task.transactionId(), task.amountOre());
                        case DELETE -> provider.delete(task.transactionId());
                    }
                    work.succeeded(task.taskId());
                } catch (ProviderException e) {
                    String code = e.getMessage() == null ? "provider-error" : e.getMessage();
                    code = code.length() > 60 ? code.substring(0, 60) : code;
                    if (e.retryable()) {
                        work.retryLater(task.taskId(), code);
                    } else {
                        work.failed(task.taskId(), code);
                    }
                    LOG.info(() -> "payment task " + task.taskId() + " " + task.kind() + " not done: " + e.getMessage());
                }
            }
            return calls;
        } finally {
            running.set(false);
        }
    }
}
