package dk.oplys.web.api;

import dk.oplys.core.application.DirectoryService;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.pages.PageSession;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff pages' login: a form post starts a server session (cookie HttpOnly, SameSite=Strict,
 * Secure over HTTPS; a new session id at every login) and answers the CSRF token the pages send with
 * every write. The same accounts, realm and login throttling as HTTP Basic.
 */
@Path("/public/session")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "session")
public class SessionResource {

    private static final Logger LOG = Logger.getLogger(SessionResource.class.getName());
    private static final List<String> ROLES = List.of(Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN,
            Roles.TEACHER, Roles.OPERATOR);

    /** The session as the page sees it; no personal data beyond the account's own name. */
    public record SessionView(boolean authenticated, String username, String fullName, List<String> roles,
                              String schoolName, String csrfToken) {
        static SessionView none() {
            return new SessionView(false, null, null, List.of(), null, null);
        }
    }

    @Context
    private HttpServletRequest request;

    @Inject
    private DirectoryService directory;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Log in from the pages: starts a browser session and returns its CSRF token")
    public Response login(@FormParam("username") String username, @FormParam("password") String password) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // nobody was logged in on this request
        }
        if (username == null || password == null || username.isBlank() || username.length() > 100
                || password.length() > 200) {
            return failed();
        }
        try {
            request.login(username.strip(), password);
        } catch (ServletException e) {
            LOG.info("page login refused"); // no user name: it may be personal data or a mistyped password
            return failed();
        }
        request.getSession(true);
        request.changeSessionId();
        String token = PageSession.newToken(request.getSession(false));
        return Response.ok(new SessionView(true, request.getUserPrincipal().getName(), null, roles(), null, token)).build();
    }

    @GET
    @Operation(summary = "The current browser session: who is logged in and the CSRF token, or authenticated=false")
    public SessionView current() {
        String token = PageSession.token(request);
        if (token == null || request.getUserPrincipal() == null) {
            return SessionView.none();
        }
        List<String> roles = roles();
        String fullName = null;
        String school = null;
        if (roles.stream().anyMatch(r -> !r.equals(Roles.OPERATOR))) {
            DirectoryService.Me me = directory.me();
            fullName = me.fullName();
            school = me.school() == null ? null : me.school().name();
        }
        return new SessionView(true, request.getUserPrincipal().getName(), fullName, roles, school, token);
    }

    @DELETE
    @Operation(summary = "Log out: ends the browser session (needs the CSRF token)")
    public Response logout() {
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // already logged out
        }
        return Response.noContent().build();
    }

    private List<String> roles() {
        return ROLES.stream().filter(request::isUserInRole).toList();
    }

    private static Response failed() {
        return Problem.of(401, "login-failed", "Unauthorized", "user name or password is wrong, or the account is "
                + "locked for a while after repeated failures", null, null).toResponse();
    }
}
