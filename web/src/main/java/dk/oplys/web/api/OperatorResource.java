package dk.oplys.web.api;

import dk.oplys.core.application.keys.CprKeyRotation;
import dk.oplys.core.application.keys.CprKeyStatus;
import dk.oplys.core.application.support.SupportCaseService;
import dk.oplys.core.application.support.SupportCaseView;
import dk.oplys.core.domain.user.Roles;
import jakarta.ws.rs.PathParam;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The association's operator: running the system, never a school's personal data. */
@Path("/operator")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "operator")
@RolesAllowed(Roles.OPERATOR)
public class OperatorResource {

    @Inject
    private CprKeyRotation rotation;

    @Inject
    private SupportCaseService support;

    @GET
    @Path("/support-cases")
    @Operation(summary = "Support cases open now (ids, reason, end time): the only way to a school's data")
    public List<SupportCaseView> openCases() {
        return support.openCases();
    }

    @GET
    @Path("/support-cases/{id}/person")
    @Operation(summary = "The person of an open support case (no CPR, no address); every read is logged for the school")
    public SupportCaseService.SupportView person(@PathParam("id") long id) {
        return support.person(id);
    }

    @GET
    @Path("/cpr-keys")
    @Operation(summary = "This node's CPR keys: loaded ids, the current one, stored values per key (counts only)")
    public CprKeyStatus keys() {
        return rotation.status();
    }

    @POST
    @Path("/cpr-keys/reload")
    @Operation(summary = "Read the key folder now instead of at the next timer round")
    public CprKeyStatus reload() {
        rotation.reload();
        return rotation.status();
    }

    @POST
    @Path("/cpr-keys/reencrypt")
    @Operation(summary = "Re-encrypt up to 10,000 values still under an older key, now")
    public Map<String, Integer> reencrypt() {
        return Map.of("reencrypted", rotation.reencrypt(20));
    }
}
