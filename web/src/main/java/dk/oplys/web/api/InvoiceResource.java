package dk.oplys.web.api;

import dk.oplys.core.application.billing.InvoiceDocuments;
import dk.oplys.core.application.billing.InvoiceService;
import dk.oplys.core.application.billing.InvoiceView;
import dk.oplys.core.application.billing.LedgerSum;
import dk.oplys.core.domain.invoice.InvoiceStatus;
import dk.oplys.core.domain.user.Roles;
import dk.oplys.web.dto.TransferRequest;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoices, payments owed to the provider, and the ledger, for the office. */
@Path("/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "invoices")
@RolesAllowed({Roles.COURSE_STAFF, Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
public class InvoiceResource {

    @Inject
    private InvoiceService invoices;

    @Inject
    private InvoiceDocuments documents;

    @Inject
    private Inputs inputs;

    @GET
        @Operation(summary = "Invoices and credit notes; status=OPEN|PAID|CREDITED|ISSUED, overdue=true, course=id")
    public List<InvoiceView> list(@QueryParam("status") InvoiceStatus status, @QueryParam("overdue") boolean overdue,
                                  @QueryParam("course") Long course) {
        return invoices.list(status, overdue, course);
    }

    @GET
    @Path("{id}")
    public InvoiceView get(@PathParam("id") long id) {
        return invoices.get(id);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The invoice or credit note as PDF/A-2b")
    public Response pdf(@PathParam("id") long id) {
        InvoiceDocuments.Rendered r = documents.forStaff(id);
        return Response.ok(r.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"").build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Mail the invoice to the payer again")
    public Response resend(@PathParam("id") long id) {
        invoices.resend(id);
        return Response.accepted(Map.of("queued", true)).build();
    }

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Record a bank transfer with its reference")
    public InvoiceView transfer(@PathParam("id") long id, TransferRequest body) {
        inputs.valid(body);
        return invoices.recordTransfer(id, body.reference(), body.amountOre());
    }

    @GET
    @Path("payment-tasks")
    @Operation(summary = "Captures, refunds and releases still owed to the provider (pending or failed)")
    public List<InvoiceService.PendingTaskView> pending() {
        return invoices.pendingPaymentTasks();
    }

    @POST
    @Path("payment-tasks/run")
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "Try the owed provider calls now")
    public Map<String, Integer> runNow() {
        return Map.of("calls", invoices.runPaymentTasksNow());
    }

    @GET
    @Path("ledger/{year}")
    @RolesAllowed({Roles.ADMIN_STAFF, Roles.SCHOOL_ADMIN})
    @Operation(summary = "The ledger of a fiscal year summed per course and kind")
    public List<LedgerSum> ledger(@PathParam("year") int year) {
        return invoices.ledger(year);
    }
}
