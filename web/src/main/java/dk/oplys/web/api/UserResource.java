package dk.oplys.web.api;

import dk.oplys.core.application.users.UserAdminService;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.NewUserRequest;
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

/** The school admin manages the school's staff and teacher accounts. */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "users")
@RolesAllowed(Roles.SCHOOL_ADMIN)
public class UserResource {

    @Inject
    private UserAdminService users;

    @Inject
    private Inputs inputs;

    @GET
    public List<UserAdminService.UserView> list() {
        return users.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account of the own school: role course-staff, admin-staff, teacher or school-admin")
    public Response create(NewUserRequest body) {
        inputs.valid(body);
        return Response.status(201).entity(users.create(body.username(), body.fullName(), body.role(), body.password()))
                .build();
    }

    @POST
    @Path("/{id}/deactivate")
    public UserAdminService.UserView deactivate(@PathParam("id") long id) {
        return users.deactivate(id);
    }
}
