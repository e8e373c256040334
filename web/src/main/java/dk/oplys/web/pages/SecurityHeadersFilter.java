package dk.oplys.web.pages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections on every answer: a content security policy that allows only the
 * application's own scripts and styles (no inline script, so injected markup cannot run), no
 * framing (clickjacking), no referrer leaving the site, no MIME sniffing. Answers that may carry
 * personal data (the API apart from the public catalogue, and the staff pages) are not stored by
 * the browser or any cache.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("Content-Security-Policy", CSP);
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (personal(req.getRequestURI().substring(req.getContextPath().length()))) {
            res.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, res);
    }

    /** Everything under /api except the public catalogue data, the staff and teacher pages, the confirmation. */
    static boolean personal(String path) {
        if (path.startsWith("/api/public/")) {
            return path.contains("/signups") || path.startsWith("/api/public/session")
                    || path.startsWith("/api/public/me"); // the participant's own data (issue 6)
        }
        return path.startsWith("/api/") || path.startsWith("/staff/") || path.startsWith("/teacher/")
                || path.equals("/confirmation.html");
    }
}
