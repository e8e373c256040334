package dk.oplys.web.api;

import dk.oplys.core.application.transport.HaulierService;
import dk.oplys.core.application.transport.ScheduleView;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The haulier's own driving schedules, as JSON and PDF; each fetch is logged as a disclosure. */
@Path("/haulier/schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "transport")
@RolesAllowed(Roles.HAULIER)
public class HaulierResource {

    @Inject
    private HaulierService haulier;

    @GET
    @Operation(summary = "My schedules: course, venue, current version, number of passengers")
    public List<HaulierService.Summary> schedules() {
        return haulier.schedules();
    }

    @GET
    @Path("/{courseId}")
    @Operation(summary = "The current version of a schedule: per lesson whom to pick up, where and from when")
    public ScheduleView schedule(@PathParam("courseId") long courseId) {
        return haulier.schedule(courseId);
    }

    @GET
    @Path("/{courseId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The same schedule as PDF/A-2b")
    public Response pdf(@PathParam("courseId") long courseId) {
        return TeacherResource.Pdfs.attachment(haulier.pdf(courseId));
    }
}
