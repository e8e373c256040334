package dk.oplys.web.api;

import dk.oplys.core.newsletter.Newsletter;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leaving the newsletter: anyone holding a mail's link, no login. */
@Path("/public/newsletter")
@RequestScoped
@PermitAll
@Tag(name = "newsletter")
public class UnsubscribeResource {

    @Inject
    private Newsletter newsletter;

    @GET
    @Path("/unsubscribe")
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The unsubscribe page a newsletter links to: one button, nothing changes until it is pressed")
    public String confirm(@QueryParam("token") String token) {
        String t = token == null ? "" : token.replaceAll("[^A-Za-z0-9_-]", "");
        return page("Afmeld nyhedsmail", "<p>Vil du ikke længere have skolens nyhedsmail?</p>"
                + "<form method=\"post\" action=\"unsubscribe\"><input type=\"hidden\" name=\"token\" value=\"" + t + "\">"
                + "<button type=\"submit\">Afmeld</button></form>");
    }

    @POST
    @Path("/unsubscribe")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Unsubscribe (also the one-click POST of RFC 8058): the newsletter consent is withdrawn")
    public Response unsubscribe(@FormParam("token") String token) {
        if (!newsletter.unsubscribe(token)) {
            return Response.status(404).entity(page("Linket virker ikke",
                    "<p>Linket er ikke gyldigt. Kontakt skolen, hvis du vil afmeldes.</p>")).build();
        }
        return Response.ok(page("Du er afmeldt", "<p>Du får ikke flere nyhedsmails fra skolen. "
                + "Dine øvrige oplysninger er uændrede.</p>")).build();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head><body><main><h1>" + title
                + "</h1>" + body + "</main></body></html>";
    }
}
