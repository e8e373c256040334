package dk.oplys.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The browser session of the staff pages: the server's session (an HttpOnly, SameSite=Strict cookie,
 * Secure over HTTPS) holding the identity, plus a CSRF token the page sends back in
 * {@value #HEADER} on every write. API clients that send their credentials with each request
 * (HTTP Basic) have no session and need no token.
 */
public final class PageSession {

    /** The request header carrying the token. */
    public static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = "oplys.csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PageSession() {
    }

    /** A new random token stored in the session. */
    public static String newToken(HttpSession session) {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }

    /** The token of the request's page session, or null when the request has none. */
    public static String token(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        return s == null ? null : (String) s.getAttribute(ATTRIBUTE);
    }

    /** Constant-time comparison of the header with the session's token. */
    static boolean matches(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
