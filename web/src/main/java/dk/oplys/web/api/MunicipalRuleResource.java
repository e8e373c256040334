package dk.oplys.web.api;

import dk.oplys.core.application.reporting.MunicipalRuleService;
import dk.oplys.core.application.reporting.RuleCommand;
import dk.oplys.core.application.reporting.RuleView;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The municipal rules of the caller's school (per tilskudskommune, with a validity period). */
@Path("/municipal-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "municipal reporting")
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class MunicipalRuleResource {

    @Inject
    private MunicipalRuleService rules;

    @Inject
    private Inputs inputs;

    @GET
    @Operation(summary = "The school's municipal rules")
    public List<RuleView> list() {
        return rules.list();
    }

    @GET
    @Path("{id}")
    public RuleView get(@PathParam("id") long id) {
        return rules.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new rule; 409 municipal-rule-overlap when its validity overlaps another of the same municipality")
    public Response create(RuleCommand body) {
        return Response.status(201).entity(rules.create(inputs.valid(body))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a rule's content (same municipality)")
    public RuleView update(@PathParam("id") long id, RuleCommand body) {
        return rules.update(id, inputs.valid(body));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a rule no report was made under")
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }
}
