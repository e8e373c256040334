package dk.oplys.web.dev;

import dk.oplys.integration.config.Settings;
import dk.oplys.integration.payment.epay.EpaySettings;
import dk.oplys.integration.payment.epay.EpaySignature;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The demo payment window: checks the signed window URL as ePay would, shows the amount, and on
 * "Betal" sends the provider's signed callback to the application and the payer back to the
 * accept address. No card data is asked for; nothing here is a real payment.
 */
@Path("/public/epay-simulator")
@RequestScoped
@PermitAll
@Tag(name = "demo")
public class EpaySimulatorWindow {

    private static final List<String> FORWARDED = List.of("merchantnumber", "amount", "currency", "orderid",
            "accepturl", "cancelurl", "callbackurl", "instantcapture", "payerid", "courseid", "hash");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static void requireEnabled() {
        if (!Settings.flag("oplys.epay.simulator", false)) {
            throw new WebApplicationException(Problem.of(404, "not-found", "Not Found",
                    "the payment simulator is switched off", null, null).toResponse());
        }
    }

    @GET
    @Path("/window")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Demo only: the payment window the payment link leads to")
    public String window(@Context UriInfo uri) {
        requireEnabled();
        Map<String, String> p = signed(uri.getQueryParameters());
        String amount = String.format("%,.2f kr.", Long.parseLong(p.get("amount")) / 100.0);
        StringBuilder hidden = new StringBuilder();
        p.forEach((k, v) -> hidden.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                .append(escape(v)).append("\">"));
        return "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Demo-betaling</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + "<main><h1>Demo-betalingsvindue</h1><p>Dette er en simulator, ikke en rigtig betaling.</p>"
                + "<p>Beløb: <strong>" + escape(amount) + "</strong></p>"
                + "<form method=\"post\" action=\"pay\">" + hidden + "<button type=\"submit\">Betal</button></form>"
                + "<p><a href=\"" + escape(p.get("cancelurl")) + "\">Annullér</a></p></main></body></html>";
    }

    @POST
    @Path("/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Demo only: 'pays', sends the signed callback, and returns the payer to the accept address")
    public Response pay(MultivaluedMap<String, String> form) {
        requireEnabled();
        Map<String, String> p = signed(form);
        EpaySettings epay = EpaySettings.fromEnvironment();
        LocalDateTime now = LocalDateTime.now();
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("txnid", Long.toString(10_000_000L + RANDOM.nextInt(90_000_000)));
        callback.put("orderid", p.get("orderid"));
        callback.put("amount", p.get("amount"));
        callback.put("currency", p.get("currency"));
        callback.put("date", now.format(DateTimeFormatter.BASIC_ISO_DATE));
        callback.put("time", now.format(DateTimeFormatter.ofPattern("HHmm")));
        callback.put(EpaySignature.HASH, EpaySignature.of(callback, epay.secret()));
        String query = query(callback);
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(p.get("callbackurl") + "?" + query))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                throw new WebApplicationException(Problem.of(502, "callback-refused", "Bad Gateway",
                        "the shop refused the callback (" + answer.statusCode() + ")", null, null).toResponse());
            }
        } catch (java.io.IOException e) {
            throw new WebApplicationException(Problem.of(502, "callback-failed", "Bad Gateway",
                    "the shop could not be reached", null, null).toResponse());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebApplicationException(503);
        }
        return Response.seeOther(URI.create(p.get("accepturl") + "?" + query)).build();
    }

    /** The window's parameters, if they carry the shop's valid signature (as the provider checks). */
    private static Map<String, String> signed(MultivaluedMap<String, String> given) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String name : FORWARDED) {
            String v = given.getFirst(name);
            if (v == null) {
                throw bad("missing " + name);
            }
            p.put(name, v);
        }
        if (!EpaySignature.matches(p, EpaySettings.fromEnvironment().secret())) {
            throw bad("the window's signature does not match");
        }
        if (!p.get("amount").matches("\\d{1,9}")) {
            throw bad("amount must be øre");
        }
        return p;
    }

    private static WebApplicationException bad(String why) {
        return new WebApplicationException(Problem.of(400, "bad-window-request", "Bad Request", why, null, null)
                .toResponse());
    }

    private static String query(Map<String, String> p) {
        StringBuilder b = new StringBuilder();
        p.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
