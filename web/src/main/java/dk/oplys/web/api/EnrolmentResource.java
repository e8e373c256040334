package dk.oplys.web.api;

import dk.oplys.core.application.EnrolmentService;
import dk.oplys.core.application.view.EnrolmentView;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Enrolments by id: cancellation by staff. */
@Path("/enrolments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "enrolments")
public class EnrolmentResource {

    @Inject
    private EnrolmentService enrolments;

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Cancel an enrolment; a freed seat goes to the first on the waiting list. "
            + "refund=true|false overrides the school's refund deadline for the credit note and refund")
    public EnrolmentView cancel(@PathParam("id") long id, @QueryParam("refund") Boolean refund) {
        return enrolments.cancel(id, refund);
    }
}
