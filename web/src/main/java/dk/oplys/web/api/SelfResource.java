package dk.oplys.web.api;

import dk.oplys.core.dsr.ErasureAnswer;
import dk.oplys.core.dsr.RequestKind;
import dk.oplys.core.dsr.RequestView;
import dk.oplys.core.dsr.SelfService;
import dk.oplys.core.dsr.SubjectData;
import dk.oplys.core.dsr.SubjectReport;
import dk.oplys.web.dto.LoginLinkRequest;
import dk.oplys.web.dto.RectificationRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The participant's own data and rights, after proving control of their e-mail address. The
 * session lives in an HttpOnly, SameSite=Strict cookie limited to this path; no id is ever taken
 * from the request.
 */
@Path("/public/me")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "self-service")
public class SelfResource {

    static final String COOKIE = "oplys_me";

    @Inject
    private SelfService self;

    @Inject
    private Inputs inputs;

    @Context
    private UriInfo uri;

    @POST
    @Path("/login-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail a one-time login link to this address if a participant has it; the answer never says whether")
    public Response loginLink(LoginLinkRequest body) {
        inputs.valid(body);
        self.requestLink(body.email());
        return Response.accepted(jakarta.json.Json.createObjectBuilder().add("message",
                "Hvis adressen er registreret hos en skole, er der sendt et link til den. Linket virker i 30 minutter.")
                .build()).build();
    }

    @GET
    @Path("/session")
    @Operation(summary = "Use the link: opens a 30-minute session (HttpOnly cookie) for the person's own data")
    public Response session(@QueryParam("token") String token) {
        String session = self.openSession(token);
        return Response.ok(jakarta.json.Json.createObjectBuilder().add("loggedIn", true)
                        .add("expiresInSeconds", SelfService.SESSION_LIFE.toSeconds()).build())
                .cookie(cookie(session, (int) SelfService.SESSION_LIFE.toSeconds()))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(uri.getBaseUri().getPath() + "public/me").maxAge(maxAge)
                .httpOnly(true).secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    @GET
    @Operation(summary = "Everything the school holds about the logged-in participant")
    public SubjectData me(@CookieParam(COOKIE) String session) {
        return self.data(session, null);
    }

    @GET
    @Path("/export.json")
    @Operation(summary = "Data portability: the same as JSON, as a file (registered as an answered request)")
    public Response exportJson(@CookieParam(COOKIE) String session) {
        return Response.ok(self.data(session, RequestKind.PORTABILITY), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"mine-oplysninger.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Access: the same as PDF/A (registered as an answered request)")
    public Response exportPdf(@CookieParam(COOKIE) String session) {
        return Response.ok(SubjectReport.pdf(self.data(session, RequestKind.ACCESS)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"mine-oplysninger.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/objection")
    @Operation(summary = "Object to marketing: newsletter and photo consents withdrawn at once")
    public RequestView object(@CookieParam(COOKIE) String session) {
        return self.object(session);
    }

    @POST
    @Path("/enrolments/{id}/cancel")
    @Operation(summary = "Cancel an own enrolment, on the desk's terms (seat to the waiting list, refund if in time)")
    public Response cancel(@CookieParam(COOKIE) String session, @PathParam("id") long enrolmentId) {
        self.cancelEnrolment(session, enrolmentId);
        return Response.noContent().build();
    }

    @POST
    @Path("/consents/{id}/withdraw")
    @Operation(summary = "Withdraw an own consent")
    public Response withdraw(@CookieParam(COOKIE) String session, @PathParam("id") long consentId) {
        self.withdrawConsent(session, consentId);
        return Response.noContent().build();
    }

    @POST
    @Path("/rectification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a correction; staff answer within one month")
    public Response rectify(@CookieParam(COOKIE) String session, RectificationRequest body) {
        inputs.valid(body);
        return Response.status(201).entity(self.rectification(session, body.text())).build();
    }

    @POST
    @Path("/erasure")
    @Operation(summary = "Erase what may go now; the answer lists what must stay, why and until when. Ends the session.")
    public Response erase(@CookieParam(COOKIE) String session) {
        ErasureAnswer a = self.erase(session);
        return Response.ok(a).cookie(cookie("", 0)).build();
    }

    @POST
    @Path("/logout")
    public Response logout(@CookieParam(COOKIE) String session) {
        self.logout(session);
        return Response.noContent().cookie(cookie("", 0)).build();
    }
}
