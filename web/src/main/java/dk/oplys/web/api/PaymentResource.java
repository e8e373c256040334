package dk.oplys.web.api;

import dk.oplys.core.application.billing.CallbackAudit;
import dk.oplys.core.application.billing.CallbackRefused;
import dk.oplys.core.application.billing.PaymentService;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Card payment without a login: the payment link from the e-mail or the sign-up answer, the page
 * the payer returns to, and the payment provider's callback. Paths carry only the random order id.
 */
@Path("/public/payments")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payments")
public class PaymentResource {

    @Inject
    private PaymentService payments;

    @Inject
    private CallbackAudit callbackAudit;

    @GET
    @Path("/{order}")
    @Operation(summary = "The payment link: redirects (303) to the provider's payment window")
    public Response pay(@PathParam("order") String order) {
        return Response.seeOther(payments.paymentWindow(order)).build();
    }

    @GET
    @Path("/{order}/status")
    @Operation(summary = "Whether the payment went through (CREATED, AUTHORISED, CAPTURED...)")
    public Map<String, String> status(@PathParam("order") String order) {
        return Map.of("status", payments.status(order));
    }

    @GET
    @Path("/epay/callback")
    @Operation(summary = "The provider's callback when an amount is reserved; signed with the shared secret")
    public Response callback(@Context UriInfo uri) {
        // Order matters for the signature: the parameters as they came, in that order.
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (parameters.putIfAbsent(name, value) != null) {
                    return Problem.of(400, "duplicate-parameter", "Bad Request", "a parameter was given twice", name, null)
                            .toResponse();
                }
            }
        }
        try {
            payments.callback(parameters);
            return Response.ok(Map.of("result", "OK")).build();
        } catch (CallbackRefused refused) {
            callbackAudit.refused(refused);
            return Problem.of(400, "payment-rejected", "Bad Request", "the callback was refused: " + refused.reason(),
                    null, null).toResponse();
        }
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
