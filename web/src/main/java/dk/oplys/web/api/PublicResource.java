package dk.oplys.web.api;

import dk.oplys.core.application.CourseService;
import dk.oplys.core.application.DirectoryService;
import dk.oplys.core.application.EnrolmentService;
import dk.oplys.core.application.command.EnrolmentRequest;
import dk.oplys.core.application.command.EnrolmentResult;
import dk.oplys.core.application.view.CourseView;
import dk.oplys.core.application.view.SignUpFormView;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.course.ActivityKind;
import dk.oplys.core.domain.enrolment.Channel;
import dk.oplys.web.dto.SignUpRequest;
import dk.oplys.web.dto.SignUpResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may see and do without logging in: the catalogue and signing up. */
@Path("/public")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public class PublicResource {

    @Inject
    private CourseService courses;

    @Inject
    private EnrolmentService enrolments;

    @Inject
    private DirectoryService directory;

    @Inject
    private Inputs inputs;

    @GET
    @Path("/courses")
    @Operation(summary = "Published courses, optionally of one school, municipality or activity kind")
    public List<CourseView> catalogue(@QueryParam("school") Long school, @QueryParam("municipality") String municipality,
                                      @QueryParam("kind") ActivityKind kind) {
        return courses.catalogue(school, municipality, kind);
    }

    @GET
    @Path("/courses/{id}")
    @Operation(summary = "One published course with lessons, venue, price and seats left")
    public CourseView course(@PathParam("id") long id) {
        return courses.publicCourse(id);
    }

    @GET
    @Path("/courses/{id}/signup-form")
    @Operation(summary = "What the sign-up form asks for: when CPR is needed, and the reduced-fee groups with their declarations")
    public SignUpFormView signUpForm(@PathParam("id") long id) {
        return courses.signUpForm(id);
    }

    @POST
    @Path("/courses/{id}/signups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign up for a course; a retry with the same Idempotency-Key returns the first result")
    public Response signUp(@PathParam("id") long courseId, @HeaderParam("Idempotency-Key") String key,
                           SignUpRequest body) {
        inputs.valid(body);
        EnrolmentResult r = enrolments.signUpOnline(new EnrolmentRequest(courseId, null, body.participant(),
                body.fields() == null ? Map.of() : body.fields(), body.consents() == null ? List.of() : body.consents(),
                ConsentForm.CHECKBOX_ONLINE, body.interests(), Channel.WEB, inputs.idempotencyKey(key), null,
                body.reducedFee()));
        return Response.status(r.replayed() ? 200 : 201).entity(SignUpResponse.of(r)).build();
    }

    @GET
    @Path("/municipalities")
    public List<DirectoryService.MunicipalityView> municipalities() {
        return directory.municipalities();
    }

    @GET
    @Path("/consent-texts")
    public List<DirectoryService.ConsentTextView> consentTexts(@QueryParam("lang") String lang) {
        return directory.consentTexts(lang);
    }

    @GET
    @Path("/schools")
    public List<DirectoryService.SchoolView> schools() {
        return directory.schools();
    }
}
