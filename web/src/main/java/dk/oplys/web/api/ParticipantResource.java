package dk.oplys.web.api;

import dk.oplys.core.application.ParticipantService;
import dk.oplys.core.application.command.ConsentGrant;
import dk.oplys.core.application.command.ParticipantData;
import dk.oplys.core.application.view.ConsentView;
import dk.oplys.core.application.view.ParticipantView;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.ConsentRequest;
import dk.oplys.web.dto.CprSearch;
import dk.oplys.web.dto.MunicipalityChange;
import dk.oplys.web.dto.WithdrawalRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participants of the caller's school, for office staff. Reads are audited by the service. */
@Path("/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "participants")
public class ParticipantResource {

    @Inject
    private ParticipantService participants;

    @Inject
    private Inputs inputs;

    @GET
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Search by name or e-mail (q, at least 2 characters)")
    public List<ParticipantService.Summary> search(@QueryParam("q") String q) {
        return participants.search(q);
    }

    @POST
    @Path("/cpr-search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Find by CPR number (in the body, never in the URL) through the keyed hash")
    public List<ParticipantService.Summary> byCpr(CprSearch body) {
        return participants.findByCpr(inputs.valid(body).cpr());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ParticipantView get(@PathParam("id") long id) {
        return participants.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Rectify identity and contact data")
    public ParticipantView rectify(@PathParam("id") long id, ParticipantData body) {
        return participants.rectify(id, inputs.valid(body));
    }

    @PUT
    @Path("/{id}/municipalities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public ParticipantView municipalities(@PathParam("id") long id, MunicipalityChange body) {
        inputs.valid(body);
        return participants.setMunicipalities(id, body.hjemstedskommune(), body.handlekommune(), body.betalingskommune());
    }

    @GET
    @Path("/{id}/consents")
    @RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    public List<ConsentView> consents(@PathParam("id") long id) {
        return participants.consents(id);
    }

    @POST
    @Path("/{id}/consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Record a consent given by phone or e-mail")
    public List<ConsentView> giveConsent(@PathParam("id") long id, ConsentRequest body) {
        inputs.valid(body);
        return participants.giveConsent(id, new ConsentGrant(body.purpose(), body.textVersion()), body.form());
    }

    @POST
    @Path("/{id}/consents/{consentId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Withdraw a consent; supplementary information goes with it")
    public ConsentView withdraw(@PathParam("id") long id, @PathParam("consentId") long consentId, WithdrawalRequest body) {
        return participants.withdrawConsent(id, consentId, inputs.valid(body).form());
    }
}
