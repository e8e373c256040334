package dk.oplys.web.api;

import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.newsletter.Newsletter;
import dk.oplys.web.dto.NewsletterRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending the newsletter (course staff, school admin). */
@Path("/newsletters")
@RequestScoped
@Tag(name = "newsletter")
public class NewsletterResource {

    @Inject
    private Newsletter newsletter;

    @Inject
    private Inputs inputs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Send the newsletter to those with an active newsletter consent; each mail gets an unsubscribe link")
    public JsonObject send(NewsletterRequest body) {
        inputs.valid(body);
        return Json.createObjectBuilder().add("sent", newsletter.send(body.subject(), body.text())).build();
    }

}
