package dk.oplys.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Refuses cross-site writes (CSRF). A browser attaches a logged-in user's Basic credentials or
 * session cookie to a form post from any other site; such a request is recognised and answered 403
 * before anything runs:
 * <ul>
 * <li>{@code Sec-Fetch-Site: cross-site|same-site}, or an {@code Origin} that is not this server
 * (including {@code Origin: null}), on any POST, PUT, PATCH or DELETE;</li>
 * <li>a write carrying credentials with a body type a form or {@code fetch(no-cors)} can send without a
 * CORS preflight (form-urlencoded, multipart, text/plain), unless the request proves it
 * comes from this origin: {@code Sec-Fetch-Site: same-origin}, a matching {@code Origin}, or an
 * {@code X-CSRF-Token} header (which a cross-site page cannot set; the page session checks its value).</li>
 * </ul>
 * JSON writes ({@code application/json}) need a preflight cross-site, which this server never grants.
 */
@WebFilter(urlPatterns = "/*", filterName = "SameOriginWrites")
public class SameOriginWrites extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SameOriginWrites.class.getName());
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SIMPLE_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    /** The page session's token header (pages, issue 8): a cross-site form cannot send it. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String refusal = SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT)) ? null : refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        String correlation = UUID.randomUUID().toString();
        // No URL or body in the log line: the path can carry ids, the body personal data.
        LOG.info(() -> "cross-site write refused (" + refusal + ") " + request.getMethod() + " correlation " + correlation);
        response.setStatus(403);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://oplys.dk/problems/cross-site-request\",\"title\":\"Forbidden\","
                + "\"status\":403,\"detail\":\"a write from another site is refused: " + refusal + "\","
                + "\"code\":\"cross-site-request\",\"errors\":[],\"correlationId\":\"" + correlation + "\"}");
    }

    /** Why the write must be refused, or null when it may go on. */
    static String refusal(HttpServletRequest request) {
        String site = lower(request.getHeader("Sec-Fetch-Site"));
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return "Sec-Fetch-Site is " + site;
        }
        String origin = request.getHeader("Origin");
        boolean sameOrigin = false;
        if (origin != null) {
            if (!sameOrigin(origin, request)) {
                return "the Origin is another site";
            }
            sameOrigin = true;
        }
        boolean credentials = request.getHeader("Authorization") != null || request.getHeader("Cookie") != null;
        if (!credentials || sameOrigin || "same-origin".equals(site) || request.getHeader(CSRF_HEADER) != null) {
            return null;
        }
        String type = lower(request.getContentType());
        if (type == null || type.isBlank()) {
            // No body type: a form cannot send that, and fetch() from another site always adds an Origin.
            return null;
        }
        int semicolon = type.indexOf(';');
        String bare = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        return SIMPLE_TYPES.contains(bare) ? "a logged-in " + bare + " write without proof of origin" : null;
    }

    /** Scheme, host and port of the Origin equal this request's (as the browser addressed it, proxies included). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin.trim());
            if (o.getScheme() == null || o.getHost() == null) {
                return false;
            }
            String forwarded = request.getHeader("X-Forwarded-Proto");
            String scheme = (forwarded != null ? forwarded : request.getScheme()).toLowerCase(Locale.ROOT);
            String host = request.getHeader("Host");
            URI self = URI.create(scheme + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort()));
            return o.getScheme().equalsIgnoreCase(scheme) && o.getHost().equalsIgnoreCase(self.getHost())
                    && port(o) == port(self);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
