package dk.oplys.web.api;

import dk.oplys.core.application.transport.NeedCommand;
import dk.oplys.core.application.transport.NeedView;
import dk.oplys.core.application.transport.TransportNeedService;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participant's own transport need, by the enrolment reference they got at sign-up. */
@Path("/public/transport/{reference}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
@PermitAll
public class PublicTransportResource {

    @Inject
    private TransportNeedService needs;

    @Inject
    private Inputs inputs;

    @GET
    public Response get(@PathParam("reference") String reference) {
        return needs.getByParticipant(reference).map(n -> Response.ok(n).build())
                .orElseGet(() -> Problem.of(404, "not-found", "Not Found", "no transport need on this enrolment", null,
                        null).toResponse());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "State or change my transport need (consent required unless the course is handicap teaching)")
    public NeedView put(@PathParam("reference") String reference, NeedCommand body) {
        inputs.valid(body);
        return needs.putByParticipant(reference, body);
    }

    @DELETE
    @Operation(summary = "Withdraw my transport need")
    public Response withdraw(@PathParam("reference") String reference) {
        needs.withdrawByParticipant(reference);
        return Response.noContent().build();
    }
}
