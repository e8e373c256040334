package dk.oplys.core.application.transport;

import dk.oplys.core.domain.transport.TransportSchedule;
import java.time.Instant;
import java.util.List;

/** One kept version of a schedule: when, what changed, when the haulier was told. */
public record VersionView(int version, long haulierId, Instant createdAt, List<String> changes, Instant notifiedAt) {

    static VersionView of(TransportSchedule s) {
        return new VersionView(s.version(), s.haulierId(), s.createdAt(), SchedulePlanner.lines(s.changes()),
                s.notifiedAt());
    }
}
