package dk.oplys.integration.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends e-mail through the server's mail session (WildFly's mail subsystem, configured by the
 * build: SMTP host and port from OPLYS_SMTP_*). Failures surface as {@link MailFailure} without the
 * address or content in the message, so the caller can retry and log safely.
 */
@ApplicationScoped
public class MailGateway {

    @Resource(lookup = "java:jboss/mail/Oplys")
    private Session session;

    private volatile Session timed;

    /**
     * The server's session with SMTP timeouts added (the mail subsystem has no setting for them): a
     * server that accepts the connection and then hangs must not hold the outbox timer forever.
     */
    private Session session() {
        Session s = timed;
        if (s == null) {
            Properties p = new Properties();
            p.putAll(session.getProperties());
            p.putIfAbsent("mail.smtp.connectiontimeout", "5000");
            p.putIfAbsent("mail.smtp.timeout", "15000");
            p.putIfAbsent("mail.smtp.writetimeout", "15000");
            s = Session.getInstance(p);
            timed = s;
        }
        return s;
    }

    public void send(OutgoingMail mail) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeMultipart body = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            body.addBodyPart(text);
            for (OutgoingMail.Attachment a : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mediaType())));
                part.setFileName(a.fileName());
                body.addBodyPart(part);
            }
            message.setContent(body);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure(e.getClass().getSimpleName(), e);
        }
    }

    /** The mail could not be handed to the SMTP server; the message names only the kind of failure. */
    public static class MailFailure extends Exception {
        public MailFailure(String kind, Throwable cause) {
            super("mail not sent: " + kind, cause);
        }
    }
}
