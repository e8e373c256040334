package dk.oplys.web.api;

import dk.oplys.core.application.reporting.MunicipalPullService;
import dk.oplys.core.application.reporting.ReportFormat;
import dk.oplys.core.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pull interface for municipal systems: their own released reports, nothing else. */
@Path("/municipality/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "municipal reporting")
@RolesAllowed(Roles.MUNICIPALITY)
public class MunicipalityPullResource {

    @Inject
    private MunicipalPullService pull;

    @GET
    @Operation(summary = "Reports released to the caller's municipality, newest first")
    public List<MunicipalPullService.Entry> list() {
        return pull.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report as JSON (same shape as the XML schema)")
    public Response json(@PathParam("id") long id) {
        var r = pull.fetch(id, ReportFormat.JSON);
        return Response.ok(r.content(), r.contentType()).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/xml")
    @Produces("application/xml")
    public Response xml(@PathParam("id") long id) {
        return MunicipalReportResource.file(pull.fetch(id, ReportFormat.XML));
    }

    @GET
    @Path("{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        return MunicipalReportResource.file(pull.fetch(id, ReportFormat.XLSX));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return MunicipalReportResource.file(pull.fetch(id, ReportFormat.PDF));
    }
}
