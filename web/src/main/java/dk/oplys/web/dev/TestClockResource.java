package dk.oplys.web.dev;

import dk.oplys.core.infrastructure.AppClock;
import dk.oplys.integration.config.Settings;
import dk.oplys.web.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moves the application's clock in test servers only ({@code -Doplys.test.clock=true}), so that
 * deadlines, access windows and retention can be tested at chosen dates over real HTTP. In every
 * other server the resource answers 404 as if it did not exist.
 */
@Path("/test/clock")
@RequestScoped
@PermitAll
@Tag(name = "test")
public class TestClockResource {

    @Inject
    AppClock clock;

    static void requireEnabled() {
        if (!Settings.flag("oplys.test.clock", false)) {
            throw new WebApplicationException(Problem.of(404, "not-found", "Not Found",
                    "there is no test clock in this server", null, null).toResponse());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The application's current time (test servers only)")
    public JsonObject now() {
        requireEnabled();
        return Json.createObjectBuilder().add("now", clock.now().toString()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fix the clock at an instant, e.g. {\"now\":\"2031-08-01T10:00:00Z\"} (test servers only)")
    public JsonObject set(JsonObject body) {
        requireEnabled();
        Instant at;
        try {
            at = Instant.parse(body == null ? "" : body.getString("now", ""));
        } catch (DateTimeParseException e) {
            throw new WebApplicationException(Problem.of(400, "validation-failed", "Bad Request",
                    "now must be an ISO-8601 instant such as 2031-08-01T10:00:00Z", null, null).toResponse());
        }
        clock.use(Clock.fixed(at, AppClock.DANISH));
        return now();
    }

    @DELETE
    @Operation(summary = "Back to the system clock (test servers only)")
    public void reset() {
        requireEnabled();
        clock.use(Clock.systemUTC());
    }
}
