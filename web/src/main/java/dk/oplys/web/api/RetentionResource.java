package dk.oplys.web.api;

import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.retention.HoldView;
import dk.oplys.core.retention.RetentionService;
import dk.oplys.core.retention.RuleView;
import dk.oplys.core.retention.RunView;
import dk.oplys.core.retention.TraceView;
import dk.oplys.web.dto.HoldRequest;
import dk.oplys.web.dto.RuleChange;
import dk.oplys.web.dto.RunRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retention rules, legal holds, runs and traces of the caller's school. */
@Path("/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "retention")
public class RetentionResource {

    @Inject
    private RetentionService retention;

    @Inject
    private Inputs inputs;

    @GET
    @Path("/rules")
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "The rules in force: the school's own, and the association's defaults for other kinds")
    public List<RuleView> rules() {
        return retention.rules();
    }

    @GET
    @Path("/rules/{kind}")
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    public RuleView rule(@PathParam("kind") String kind) {
        return retention.rule(kind);
    }

    @PUT
    @Path("/rules/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "Set the school's rule for a kind of data (anchor, ISO-8601 period, DELETE or ANONYMISE); audited")
    public RuleView change(@PathParam("kind") String kind, RuleChange body) {
        inputs.valid(body);
        return retention.change(kind, body.anchor(), body.period(), body.action(), body.legalBasis(), body.description());
    }

    @GET
    @Path("/holds")
    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    public List<HoldView> holds(@QueryParam("active") @DefaultValue("false") boolean activeOnly) {
        return retention.holds(activeOnly);
    }

    @POST
    @Path("/holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    @Operation(summary = "Hold a person or a course past its retention rule until a day, for a reason")
    public Response hold(HoldRequest body) {
        inputs.valid(body);
        return Response.status(201)
                .entity(retention.hold(body.participantId(), body.courseId(), body.reason(), body.endsOn())).build();
    }

    @POST
    @Path("/holds/{id}/release")
    @RolesAllowed({Roles.SCHOOL_ADMIN, Roles.ADMIN_STAFF})
    public HoldView release(@PathParam("id") long id) {
        return retention.release(id);
    }

    @POST
    @Path("/run")
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "Apply the school's rules now, as of today or an earlier day; answers the counts per rule")
    public RunView run(RunRequest body) {
        return retention.run(body == null ? null : body.asOf());
    }

    @GET
    @Path("/runs")
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "The latest runs with counts per rule (no personal data)")
    public List<RunView> runs() {
        return retention.runs();
    }

    @GET
    @Path("/traces/{participantId}")
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "Why a person's data is still kept, and the last day it is kept")
    public TraceView trace(@PathParam("participantId") long participantId) {
        return retention.trace(participantId);
    }
}
