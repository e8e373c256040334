package dk.oplys.web.api;

import dk.oplys.core.retention.PrivacyNotice;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A school's privacy notice, generated from its retention rules and the declared recipients: JSON, a page, a PDF. */
@Path("/public/schools/{id}")
@RequestScoped
@PermitAll
@Tag(name = "public")
public class PrivacyNoticeResource {

    @Inject
    private PrivacyNotice notice;

    @GET
    @Path("/privacy-notice")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The privacy notice as data: every rule (what, why, how long) and every recipient")
    public PrivacyNotice.Notice json(@PathParam("id") long school) {
        return notice.of(school);
    }

    @GET
    @Path("/privacy-notice.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The privacy notice as a page (Danish)")
    public String html(@PathParam("id") long school) {
        PrivacyNotice.Notice n = notice.of(school);
        StringBuilder h = new StringBuilder("<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Persondatapolitik – ")
                .append(esc(n.school())).append("</title></head><body><main><h1>Persondatapolitik for ").append(esc(n.school()))
                .append("</h1><p>Dataansvarlig: ").append(esc(n.school())).append(", ").append(esc(n.address()))
                .append(", CVR ").append(esc(n.cvr())).append(". Kontakt: ").append(esc(n.email()))
                .append(n.phone() == null ? "" : ", tlf. " + esc(n.phone())).append(".</p>")
                .append("<h2>Hvilke oplysninger, hvorfor og hvor længe</h2><table><thead><tr><th scope=\"col\">Oplysninger</th>"
                        + "<th scope=\"col\">Hjemmel</th><th scope=\"col\">Opbevaring</th></tr></thead><tbody>");
        for (PrivacyNotice.Item i : n.kinds()) {
            h.append("<tr><td>").append(esc(i.what())).append("</td><td>").append(esc(i.why())).append("</td><td>")
                    .append(esc(i.howLong())).append("</td></tr>");
        }
        h.append("</tbody></table><h2>Hvem modtager hvad</h2><table><thead><tr><th scope=\"col\">Modtager</th>"
                + "<th scope=\"col\">Oplysninger</th><th scope=\"col\">Hjemmel</th></tr></thead><tbody>");
        for (PrivacyNotice.Receiver r : n.recipients()) {
            h.append("<tr><td>").append(esc(r.recipient())).append("</td><td>").append(esc(r.what())).append("</td><td>")
                    .append(esc(r.why())).append("</td></tr>");
        }
        h.append("</tbody></table><h2>Dine rettigheder</h2><ul>");
        for (String right : n.rights()) {
            h.append("<li>").append(esc(right)).append("</li>");
        }
        h.append("</ul><p><a href=\"privacy-notice.pdf\">Som PDF</a></p></main></body></html>");
        return h.toString();
    }

    @GET
    @Path("/privacy-notice.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The privacy notice as PDF/A")
    public Response pdf(@PathParam("id") long school) {
        return Response.ok(notice.pdf(school), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"persondatapolitik.pdf\"").build();
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
