package dk.oplys.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's one source of time, so deadlines and retention can be tested at chosen dates.
 * Danish civil time decides dates (lessons, fiscal years); instants are stored in UTC.
 */
@ApplicationScoped
public class AppClock {

    public static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");

    private volatile Clock clock = Clock.system(DANISH);

    public Instant now() {
        // Microseconds: what both databases store, so an instant read back equals the one written.
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public Clock clock() {
        return clock;
    }

    /** For tests and benchmarks that run the application at a chosen time. */
    public void use(Clock replacement) {
        this.clock = replacement.withZone(DANISH);
    }
}
