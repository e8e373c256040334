package dk.oplys.core.application.mail;

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
 * Sends the notification outbox every {@code oplys.mail.interval-seconds} (default 10). The mail
 * is handed to SMTP outside any transaction; if the node dies between sending and stamping, the
 * lease expires and the mail is sent again (at least once, never lost).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private MailWork work;

    @Inject
    private MailGateway gateway;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long seconds = Settings.get("oplys.mail.interval-seconds").map(Long::parseLong).orElse(10L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    void onTimer() {
        sendDue();
    }

    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            for (Long id : work.due(50)) {
                Optional<OutgoingMail> mail;
                try {
                    mail = work.claim(id);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "notification " + id + " could not be composed: " + e.getClass().getSimpleName());
                    continue;
                }
                if (mail.isEmpty()) {
                    continue;
                }
                try {
                    gateway.send(mail.get());
                    work.sent(id);
                    sent++;
                } catch (MailGateway.MailFailure e) {
                    work.failed(id);
                    LOG.info(() -> "notification " + id + ": " + e.getMessage());
                }
            }
        } finally {
            running.set(false);
        }
        return sent;
    }
}
