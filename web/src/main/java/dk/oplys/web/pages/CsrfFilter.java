package dk.oplys.web.pages;

import dk.oplys.web.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Writes made with the page session's cookie must carry the session's CSRF token in
 * {@code X-CSRF-Token}; another site can make the browser send the cookie but cannot read the token.
 * Requests that carry their own credentials (Authorization header) and requests without a page
 * session are left to the normal security checks. Logging in (POST /api/public/session) starts a
 * new session and so needs no token.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean login = "POST".equals(req.getMethod()) && path.equals("/api/public/session");
        if (!SAFE.contains(req.getMethod()) && !login && req.getHeader("Authorization") == null) {
            String expected = PageSession.token(req);
            if (expected != null && !PageSession.matches(expected, req.getHeader(PageSession.HEADER))) {
                Problem p = Problem.of(403, "csrf-token-missing", "Forbidden",
                        "a write from the pages needs the session's X-CSRF-Token header", PageSession.HEADER, null);
                res.setStatus(403);
                res.setContentType(Problem.MEDIA_TYPE);
                res.setCharacterEncoding("UTF-8");
                res.getOutputStream().write(json(p).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private static String json(Problem p) {
        return "{\"type\":\"" + p.type() + "\",\"title\":\"" + p.title() + "\",\"status\":403,\"detail\":\"" + p.detail()
                + "\",\"code\":\"" + p.code() + "\",\"field\":\"" + p.field() + "\",\"errors\":[],\"correlationId\":\""
                + p.correlationId() + "\"}";
    }
}
