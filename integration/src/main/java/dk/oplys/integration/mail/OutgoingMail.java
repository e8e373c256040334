package dk.oplys.integration.mail;

import java.util.List;

/** One e-mail to one recipient: plain text, with optional attachments (invoice PDFs). */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {

    public record Attachment(String fileName, String mediaType, byte[] content) {
    }

    @Override
    public String toString() {
        return "OutgoingMail[masked]";
    }
}
