package dk.oplys.web.api;

import dk.oplys.core.application.teaching.LessonAttendanceView;
import dk.oplys.core.application.teaching.ParticipantAttendanceView;
import dk.oplys.core.application.teaching.TeachingHours;
import dk.oplys.core.application.teaching.TeachingService;
import dk.oplys.core.application.teaching.TeachingSettingsView;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.TeachingSettingsRequest;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The office's side of teaching: attendance, teaching hours, the school's settings, protocol and meeting cards. */
@Path("/teaching")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "teaching")
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class TeachingResource {

    @Inject
    private TeachingService teaching;

    @Inject
    private Inputs inputs;

    @GET
    @Path("/courses/{id}/attendance")
    @Operation(summary = "Every lesson of the course with who attended and the sign-off")
    public List<LessonAttendanceView> courseAttendance(@PathParam("id") long id) {
        return teaching.courseAttendance(id);
    }

    @GET
    @Path("/courses/{id}/protocol.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The course's mødeprotokol as PDF/A-2b")
    public Response protocol(@PathParam("id") long id) {
        return TeacherResource.Pdfs.attachment(teaching.protocol(id));
    }

    @GET
    @Path("/enrolments/{id}/attendance")
    @Operation(summary = "One participant's attendance on their course")
    public ParticipantAttendanceView enrolmentAttendance(@PathParam("id") long id) {
        return teaching.enrolmentAttendance(id);
    }

    @GET
    @Path("/enrolments/{id}/meeting-card.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The participant's mødekort as PDF/A-2b")
    public Response meetingCard(@PathParam("id") long id) {
        return TeacherResource.Pdfs.attachment(teaching.meetingCard(id));
    }

    @GET
    @Path("/hours")
    @Operation(summary = "Lesson units per course and teacher for lessons in [from, to] (dates, both optional)")
    public List<TeachingHours> hours(@QueryParam("from") String from, @QueryParam("to") String to) {
        return teaching.hours(date(from, "from"), date(to, "to"));
    }

    @GET
    @Path("/settings")
    public TeachingSettingsView settings() {
        return teaching.settings();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SCHOOL_ADMIN)
    @Operation(summary = "The teachers' access window (days before the first / after the last lesson) and phone numbers")
    public TeachingSettingsView changeSettings(TeachingSettingsRequest body) {
        inputs.valid(body);
        return teaching.changeSettings(body.accessDaysBefore(), body.accessDaysAfter(), body.teacherSeesPhone());
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.of(400, "invalid-parameter", "Bad Request",
                    name + " must be a date (YYYY-MM-DD)", name, null).toResponse());
        }
    }
}
