package dk.oplys.web.api;

import dk.oplys.core.application.support.SupportCaseService;
import dk.oplys.core.application.support.SupportCaseView;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.SupportCaseRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school admin's side of support cases: open one for a person, close it, see what support read. */
@Path("/support-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "support")
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class SupportCaseResource {

    @Inject
    private SupportCaseService support;

    @Inject
    private Inputs inputs;

    @GET
    public List<SupportCaseView> list() {
        return support.ofMySchool();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let the association's IT support see one person's data, for a reason, until a time (at most 14 days)")
    public Response open(SupportCaseRequest body) {
        inputs.valid(body);
        return Response.status(201).entity(support.open(body.participantId(), body.reason(), body.endsAt())).build();
    }

    @POST
    @Path("/{id}/close")
    public SupportCaseView close(@PathParam("id") long id) {
        return support.close(id);
    }

    @GET
    @Path("/{id}/accesses")
    @Operation(summary = "What support read under this case, and when")
    public List<SupportCaseService.AccessView> accesses(@PathParam("id") long id) {
        return support.accesses(id);
    }
}
