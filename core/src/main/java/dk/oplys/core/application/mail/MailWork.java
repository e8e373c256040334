package dk.oplys.core.application.mail;

import dk.oplys.core.domain.enrolment.Notification;
import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactional steps of sending one notification: claim it (one node wins, by a conditional
 * UPDATE that also sets a lease), compose it, and afterwards stamp it sent and log that it was
 * sent (kind and time, never the content or the address).
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailWork {

    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private AppClock clock;

    @Inject
    private MailComposer composer;

    public List<Long> due(int max) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.sentAt IS NULL "
                        + "AND (n.nextAttemptAt IS NULL OR n.nextAttemptAt <= :now) ORDER BY n.id", Long.class)
                .setParameter("now", clock.now()).setMaxResults(max).getResultList();
    }

    /** @return the mail to send if this caller won the notification; empty if lost or nothing to send */
    public Optional<OutgoingMail> claim(long id) {
        Instant now = clock.now();
        int won = em.createQuery("UPDATE Notification n SET n.nextAttemptAt = :lease, n.attempts = n.attempts + 1 "
                        + "WHERE n.id = :id AND n.sentAt IS NULL AND (n.nextAttemptAt IS NULL OR n.nextAttemptAt <= :now)")
                .setParameter("lease", now.plus(LEASE)).setParameter("id", id).setParameter("now", now).executeUpdate();
        if (won != 1) {
            return Optional.empty();
        }
        Notification n = em.find(Notification.class, id);
        Optional<OutgoingMail> mail = composer.compose(n);
        if (mail.isEmpty()) {
            n.sent(now); // nobody to write to (no e-mail address): closed, and nothing logged as sent
        }
        return mail;
    }

    public void sent(long id) {
        Notification n = em.find(Notification.class, id);
        Instant now = clock.now();
        n.sent(now);
        em.createNativeQuery("INSERT INTO mail_log (school_id, notification_id, kind, sent_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, n.schoolId()).setParameter(2, n.id()).setParameter(3, n.kind().name())
                .setParameter(4, java.sql.Timestamp.from(now)).executeUpdate();
    }

    public void failed(long id) {
        Notification n = em.find(Notification.class, id);
        long seconds = Math.min(3600, 30L << Math.min(7, n.attempts()));
        n.retryAt(clock.now().plusSeconds(seconds));
    }
}
