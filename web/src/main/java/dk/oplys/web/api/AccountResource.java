package dk.oplys.web.api;

import dk.oplys.core.application.CourseService;
import dk.oplys.core.application.DirectoryService;
import dk.oplys.core.application.view.CourseView;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user's own view: who am I, and (for teachers) my courses. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "account")
public class AccountResource {

    @Inject
    private DirectoryService directory;

    @Inject
    private CourseService courses;

    @GET
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN, Roles.TEACHER})
    public DirectoryService.Me me() {
        return directory.me();
    }

    @GET
    @Path("/courses")
    @RolesAllowed(Roles.TEACHER)
    public List<CourseView> myCourses() {
        return courses.taughtByMe();
    }
}
