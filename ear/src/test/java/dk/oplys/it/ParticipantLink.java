package dk.oplys.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import dk.oplys.it.Api.Answer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The participant's way in: a one-time link mailed to the address, opened once, gives a session cookie. */
final class ParticipantLink {

    private static final Pattern TOKEN = Pattern.compile("/me\\.html#token=([A-Za-z0-9_-]+)");

    private ParticipantLink() {
    }

    /** The token of the login link that reached {@code address} through the test mail server. */
    static String token(GreenMail smtp, String address) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    String text = ((Multipart) m.getContent()).getBodyPart(0).getContent().toString();
                    Matcher found = TOKEN.matcher(text);
                    if (found.find()) { // the booking confirmation goes to the same address
                        return found.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no login link reached the address");
    }

    /** Asks for a link, uses it, checks the cookie's attributes, and answers the cookie ("oplys_me=..."). */
    static String open(GreenMail smtp, String address) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        Answer asked = Api.call("POST", "/api/public/me/login-link", null, "{\"email\":\"" + address + "\"}");
        assertEquals(202, asked.status(), asked.body());
        String token = token(smtp, address);
        Answer opened = Api.call("GET", "/api/public/me/session?token=" + token, null, null);
        assertEquals(200, opened.status(), opened.body());
        String setCookie = opened.header("Set-Cookie");
        assertNotNull(setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Max-Age=1800"),
                setCookie);
        assertEquals(403, Api.call("GET", "/api/public/me/session?token=" + token, null, null).status(), "one time only");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
