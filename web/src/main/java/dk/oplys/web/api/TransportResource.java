package dk.oplys.web.api;

import dk.oplys.core.application.transport.HaulierCommand;
import dk.oplys.core.application.transport.HaulierView;
import dk.oplys.core.application.transport.NeedCommand;
import dk.oplys.core.application.transport.NeedView;
import dk.oplys.core.application.transport.ScheduleView;
import dk.oplys.core.application.transport.TransportAdminService;
import dk.oplys.core.application.transport.TransportNeedService;
import dk.oplys.core.application.transport.VersionView;
import dk.oplys.core.domain.transport.CourseTransport;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.HaulierAssignment;
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

/** The school's side of transport: needs per enrolment, hauliers, assignment, schedules and their versions. */
@Path("/transport")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "transport")
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class TransportResource {

    @Inject
    private TransportNeedService needs;

    @Inject
    private TransportAdminService admin;

    @Inject
    private Inputs inputs;

    @GET
    @Path("/enrolments/{id}/need")
    public Response need(@PathParam("id") long enrolmentId) {
        return needs.getByStaff(enrolmentId).map(n -> Response.ok(n).build())
                .orElseGet(() -> dk.oplys.web.problem.Problem.of(404, "not-found", "Not Found",
                        "no transport need on this enrolment", null, null).toResponse());
    }

    @PUT
    @Path("/enrolments/{id}/need")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Record or change a transport need (pickup address defaults to the participant's own)")
    public NeedView putNeed(@PathParam("id") long enrolmentId, NeedCommand body) {
        inputs.valid(body);
        return needs.putByStaff(enrolmentId, body);
    }

    @DELETE
    @Path("/enrolments/{id}/need")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Withdraw the transport need")
    public Response deleteNeed(@PathParam("id") long enrolmentId) {
        needs.withdrawByStaff(enrolmentId);
        return Response.noContent().build();
    }

    @GET
    @Path("/courses/{id}/needs")
    public List<NeedView> courseNeeds(@PathParam("id") long courseId) {
        return needs.ofCourse(courseId);
    }

    @GET
    @Path("/hauliers")
    public List<HaulierView> hauliers() {
        return admin.hauliers();
    }

    @POST
    @Path("/hauliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "Register a haulier with the date of its data-processing agreement and, optionally, its login")
    public Response register(HaulierCommand body) {
        inputs.valid(body);
        return Response.status(201).entity(admin.register(body)).build();
    }

    @PUT
    @Path("/courses/{id}/haulier")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Assign the course's haulier and pickup margin; the schedule is versioned and the haulier told")
    public ScheduleView assign(@PathParam("id") long courseId, HaulierAssignment body) {
        inputs.valid(body);
        return admin.assign(courseId, body.haulierId(),
                body.marginMinutes() == null ? CourseTransport.DEFAULT_MARGIN_MINUTES : body.marginMinutes());
    }

    @GET
    @Path("/courses/{id}/schedule")
    @Operation(summary = "The course's driving schedule as it stands (the current version)")
    public ScheduleView schedule(@PathParam("id") long courseId) {
        return admin.schedule(courseId);
    }

    @GET
    @Path("/courses/{id}/schedule/versions")
    @Operation(summary = "Every kept version: when, what changed, when the haulier was told")
    public List<VersionView> versions(@PathParam("id") long courseId) {
        return admin.versions(courseId);
    }
}
