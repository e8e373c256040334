package dk.oplys.core.dsr;

import dk.oplys.integration.mail.MailGateway;
import dk.oplys.integration.mail.OutgoingMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends login links after the request has been answered, so the answer takes the same time
 * whether or not the address is known. A lost mail is not retried: the person asks again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LinkMailer {

    private static final Logger LOG = Logger.getLogger(LinkMailer.class.getName());

    @Inject
    private MailGateway gateway;

    @Asynchronous
    public void send(List<OutgoingMail> mails) {
        for (OutgoingMail m : mails) {
            try {
                gateway.send(m);
            } catch (MailGateway.MailFailure e) {
                LOG.info(() -> "login link not sent: " + e.getMessage());
            }
        }
    }
}
