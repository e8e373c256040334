package dk.oplys.web.api;

import dk.oplys.core.application.CourseService;
import dk.oplys.core.application.EnrolmentService;
import dk.oplys.core.application.command.CourseCommand;
import dk.oplys.core.application.command.EnrolmentRequest;
import dk.oplys.core.application.command.EnrolmentResult;
import dk.oplys.core.application.view.CourseView;
import dk.oplys.core.application.view.EnrolmentView;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.BookingRequest;
import dk.oplys.web.dto.BookingResponse;
import dk.oplys.web.dto.LessonChange;
import dk.oplys.web.dto.StatusChange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The school's courses for its office staff: list, create, change status, move or cancel lessons, enrolments, bookings. */
@Path("/courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "courses")
public class CourseResource {

    @Inject
    private CourseService courses;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private Inputs inputs;

    @GET
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<CourseView> list() {
        return courses.ofMySchool();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Create a course (as a draft)")
    public Response create(CourseCommand body) {
        return Response.status(201).entity(courses.create(inputs.valid(body))).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public CourseView get(@PathParam("id") long id) {
        return courses.get(id);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Move the course to another status (OPEN, CONFIRMED, COMPLETED, CANCELLED)")
    public CourseView changeStatus(@PathParam("id") long id, StatusChange body) {
        return courses.changeStatus(id, inputs.valid(body).status());
    }

    @PUT
    @Path("/{id}/lessons/{lessonId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Move a lesson that has no attendance on record; the haulier gets a new schedule version")
    public CourseView moveLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId, LessonChange body) {
        inputs.valid(body);
        return courses.moveLesson(id, lessonId, body.date(), body.start(), body.end());
    }

    @DELETE
    @Path("/{id}/lessons/{lessonId}")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Cancel a lesson that has no attendance on record; the haulier gets a new schedule version")
    public CourseView cancelLesson(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return courses.cancelLesson(id, lessonId);
    }

    @GET
    @Path("/{id}/enrolments")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<EnrolmentView> enrolments(@PathParam("id") long id) {
        return enrolments.ofCourse(id);
    }

    @POST
    @Path("/{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Book a caller (PHONE) or a writer (MAIL) onto the course or its waiting list")
    public Response book(@PathParam("id") long courseId, @HeaderParam("Idempotency-Key") String key, BookingRequest body) {
        inputs.valid(body);
        ConsentForm form = body.consentForm() != null ? body.consentForm()
                : body.channel() == Channel.MAIL ? ConsentForm.EMAIL : ConsentForm.ORAL_PHONE;
        EnrolmentResult r = enrolments.book(new EnrolmentRequest(courseId, body.participantId(), body.participant(),
                body.fields() == null ? Map.of() : body.fields(), body.consents() == null ? List.of() : body.consents(),
                form, body.interests(), body.channel(), inputs.idempotencyKey(key), body.payer(), body.reducedFee()));
        return Response.status(r.replayed() ? 200 : 201).entity(BookingResponse.of(r)).build();
    }
}
