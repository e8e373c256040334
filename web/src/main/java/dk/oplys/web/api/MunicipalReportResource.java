package dk.oplys.web.api;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;
import dk.oplys.core.application.reporting.AccountsView;
import dk.oplys.core.application.reporting.DeliveryView;
import dk.oplys.core.application.reporting.ReducedFeeClaimService;
import dk.oplys.core.application.reporting.SubsidyAccountService;
import dk.oplys.core.application.reporting.DisclosureView;
import dk.oplys.core.application.reporting.MunicipalDelivery;
import dk.oplys.core.application.reporting.MunicipalReportService;
import dk.oplys.core.application.reporting.ReportFormat;
import dk.oplys.core.application.reporting.ReportRenderer;
import dk.oplys.core.application.reporting.ReportRequest;
import dk.oplys.core.application.reporting.ReportView;
import dk.oplys.core.domain.user.Roles;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * § 43 reports to the tilskudskommune, for administrative staff: make and preview, release to the
 * municipality, download as XML, Excel or PDF (an authenticated download: CPR-bearing files are
 * never mailed), and the disclosure log of the report.
 */
@Path("/municipal-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "municipal reporting")
@RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class MunicipalReportResource {

    @Inject
    private MunicipalReportService reports;

    @Inject
    private MunicipalDelivery delivery;

    @Inject
    private ReducedFeeClaimService claims;

    @Inject
    private SubsidyAccountService accounts;

    @Inject
    private Inputs inputs;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make the report for a municipality and period; the same content again answers the existing version")
    public Response create(ReportRequest body) {
        return Response.status(201).entity(reports.create(inputs.valid(body))).build();
    }

    @GET
    @Operation(summary = "The school's reports, newest first")
    public List<ReportView> list() {
        return reports.list();
    }

    @GET
    @Path("reduced-fee-claim")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The reduced-fee claim (§ 8a) to a municipality for a period: format=json|xlsx|pdf "
            + "(a disclosure, logged)")
    public Response reducedFeeClaim(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("format") String format) {
        ReportFormat f = switch (format == null ? "json" : format.toLowerCase(Locale.ROOT)) {
            case "json" -> ReportFormat.JSON;
            case "xlsx" -> ReportFormat.XLSX;
            case "pdf" -> ReportFormat.PDF;
            default -> throw new DomainException(ErrorCode.VALIDATION_FAILED, "format is json, xlsx or pdf", "format");
        };
        ReportRenderer.Rendered r = claims.claim(municipality, day(from, "from"), day(to, "to"), f);
        return f == ReportFormat.JSON ? Response.ok(r.content(), r.contentType()).header("Cache-Control", "no-store").build()
                : file(r);
    }

    @GET
    @Path("accounts")
    @Operation(summary = "Yearly subsidy accounts figures per activity kind (lessons, fraction, participants' payments)")
    public AccountsView accounts(@QueryParam("municipality") String municipality, @QueryParam("year") int year) {
        return accounts.accounts(municipality, year);
    }

    private static LocalDate day(String text, String field) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.REPORT_PERIOD_INVALID, field + " must be a date (yyyy-mm-dd)", field);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Preview: figures per activity kind, calendar year and refusion municipality; no names or CPR")
    public ReportView get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Address the report to the municipality: it may now fetch it")
    public ReportView release(@PathParam("id") long id) {
        return reports.release(id);
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Deliver the report to the municipality's system over SOAP and record the receipt; "
            + "sending again is safe (the receiver sees a duplicate)")
    public DeliveryView send(@PathParam("id") long id) {
        return delivery.send(id);
    }

    @GET
    @Path("{id}/xml")
    @Produces("application/xml")
    @Operation(summary = "The report in the municipal-report-v1 schema (a disclosure, logged)")
    public Response xml(@PathParam("id") long id) {
        return file(reports.download(id, ReportFormat.XML));
    }

    @GET
    @Path("{id}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The report as an Excel workbook (a disclosure, logged)")
    public Response xlsx(@PathParam("id") long id) {
        return file(reports.download(id, ReportFormat.XLSX));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF/A-2b (a disclosure, logged)")
    public Response pdf(@PathParam("id") long id) {
        return file(reports.download(id, ReportFormat.PDF));
    }

    @GET
    @Path("{id}/disclosures")
    @Operation(summary = "When, to whom, how, which fields and persons, on which basis, with which receipt")
    public List<DisclosureView> disclosures(@PathParam("id") long id) {
        return reports.disclosures(id);
    }

    static Response file(ReportRenderer.Rendered r) {
        return Response.ok(r.content(), r.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
