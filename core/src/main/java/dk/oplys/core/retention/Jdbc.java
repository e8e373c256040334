package dk.oplys.core.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the date and time values native queries return, whichever type the driver chose. */
public final class Jdbc {

    private Jdbc() {
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    /** Timestamps are stored in UTC (hibernate.jdbc.time_zone is not set: the server runs in UTC). */
    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((LocalDateTime) o).toInstant(ZoneOffset.UTC);
    }
}
