package dk.oplys.web.api;

import dk.oplys.core.domain.user.Roles;
import dk.oplys.core.dsr.DataSubjectRequests;
import dk.oplys.core.dsr.ErasureAnswer;
import dk.oplys.core.dsr.RequestView;
import dk.oplys.core.dsr.SubjectData;
import dk.oplys.core.dsr.SubjectReport;
import dk.oplys.web.dto.DsrAnswer;
import dk.oplys.web.dto.DsrRegistration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The register of data-subject requests: register, see what is due, answer, export, erase. */
@Path("/data-subject-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "data-subject-requests")
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class DataSubjectRequestResource {

    @Inject
    private DataSubjectRequests requests;

    @Inject
    private Inputs inputs;

    @GET
    @Operation(summary = "Requests by state: OPEN (default), DUE (deadline within 7 days or passed), OVERDUE, ANSWERED, ALL")
    public List<RequestView> list(@QueryParam("state") String state) {
        return requests.list(state);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a request received by phone, letter, e-mail or in person; the deadline is one month later")
    public Response register(DsrRegistration body) {
        inputs.valid(body);
        return Response.status(201).entity(requests.register(body.participantId(), body.kind(), body.channel(),
                body.receivedOn(), body.details())).build();
    }

    @GET
    @Path("/{id}")
    public RequestView get(@PathParam("id") long id) {
        return requests.get(id);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the answer given (once)")
    public RequestView answer(@PathParam("id") long id, DsrAnswer body) {
        inputs.valid(body);
        return requests.answer(id, body.outcome(), body.answer());
    }

    @GET
    @Path("/{id}/export.json")
    @Operation(summary = "Everything held about the request's person, machine-readable (audited)")
    public SubjectData exportJson(@PathParam("id") long id) {
        return requests.export(id);
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Everything held about the request's person, as PDF/A (audited)")
    public Response exportPdf(@PathParam("id") long id) {
        return Response.ok(SubjectReport.pdf(requests.export(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"indsigt.pdf\"").build();
    }

    @POST
    @Path("/{id}/erasure")
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Carry out an erasure request: deletes what may go, answers what stays, why and until when")
    public ErasureAnswer erase(@PathParam("id") long id) {
        return requests.erase(id);
    }
}
