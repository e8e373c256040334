package dk.oplys.core.application.transport;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.mail.MailGateway;
import dk.oplys.integration.mail.OutgoingMail;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every {@code oplys.mail.interval-seconds}: refreshes the schedules of running courses with a
 * haulier (a cancellation or a moved lesson becomes a new version), mails the haulier a notice for
 * each new version (outside any transaction; at least once). Retention is {@link TransportRetention}.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TransportTimer {

    private static final Logger LOG = Logger.getLogger(TransportTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private TransportWork work;

    @Inject
    private MailGateway gateway;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long seconds = Settings.get("oplys.mail.interval-seconds").map(Long::parseLong).orElse(10L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("transport", false));
    }

    @Timeout
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long course : work.runningCourses()) {
                try {
                    work.refresh(course);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "schedule of course " + course + " not refreshed: " + e.getClass().getSimpleName());
                }
            }
            sendNotices();
        } catch (RuntimeException e) {
            LOG.warning(() -> "transport timer: " + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }

    /** Mails pending haulier notices. @return how many were sent */
    public int sendNotices() {
        int sent = 0;
        for (Long id : work.unnotified(20)) {
            Optional<OutgoingMail> mail = work.notice(id);
            if (mail.isEmpty()) {
                continue;
            }
            try {
                gateway.send(mail.get());
                work.notified(id);
                sent++;
            } catch (MailGateway.MailFailure e) {
                work.failed(id);
                LOG.info(() -> "haulier notice " + id + ": " + e.getMessage());
            }
        }
        return sent;
    }
}
