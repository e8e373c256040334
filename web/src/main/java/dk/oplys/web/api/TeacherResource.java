package dk.oplys.web.api;

import dk.oplys.core.application.billing.InvoiceDocuments;
import dk.oplys.core.application.teaching.LessonAttendanceView;
import dk.oplys.core.application.teaching.TeacherCourseView;
import dk.oplys.core.application.teaching.TeacherService;
import dk.oplys.core.application.teaching.TrimmedParticipant;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.AttendanceUpdate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The teacher's own courses: trimmed participant list, attendance per lesson, sign-off, the protocol. */
@Path("/teacher/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "teaching")
@RolesAllowed(Roles.TEACHER)
public class TeacherResource {

    @Inject
    private TeacherService teacher;

    @Inject
    private Inputs inputs;

    @GET
    @Operation(summary = "My courses, lessons and lesson units; whether the participant list is open now")
    public List<TeacherCourseView> courses() {
        return teacher.myCourses();
    }

    @GET
    @Path("/{id}")
    public TeacherCourseView course(@PathParam("id") long id) {
        return teacher.course(id);
    }

    @GET
    @Path("/{id}/participants")
    @Operation(summary = "Names and the course's own fields (phone only if the school allows it); logged as a disclosure")
    public List<TrimmedParticipant> participants(@PathParam("id") long id) {
        return teacher.participants(id);
    }

    @GET
    @Path("/{id}/lessons/{lessonId}/attendance")
    public LessonAttendanceView attendance(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return teacher.attendance(id, lessonId);
    }

    @PUT
    @Path("/{id}/lessons/{lessonId}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark who attended; after the sign-off only with a reason, and each change is logged")
    public LessonAttendanceView mark(@PathParam("id") long id, @PathParam("lessonId") long lessonId,
                                     AttendanceUpdate body) {
        inputs.valid(body);
        return teacher.mark(id, lessonId, body.marks(), body.reason());
    }

    @POST
    @Path("/{id}/lessons/{lessonId}/sign-off")
    @Operation(summary = "Sign the lesson's attendance (once, after the lesson has started)")
    public LessonAttendanceView signOff(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return teacher.signOff(id, lessonId);
    }

    @GET
    @Path("/{id}/protocol.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The course's mødeprotokol as PDF/A-2b")
    public Response protocol(@PathParam("id") long id) {
        return Pdfs.attachment(teacher.protocol(id));
    }

    /** PDF answers with a download name. */
    static final class Pdfs {
        private Pdfs() {
        }

        static Response attachment(InvoiceDocuments.Rendered r) {
            return Response.ok(r.pdf(), "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"").build();
        }
    }
}
