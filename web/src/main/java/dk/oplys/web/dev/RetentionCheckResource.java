package dk.oplys.web.dev;

import dk.oplys.core.retention.PersonEraser;
import dk.oplys.core.retention.RetentionTarget;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lets the retention tests look into every table, whatever areas have added, from the schema
 * itself (test servers only, like the test clock): which rows still point at a person, an
 * enrolment or an invoice, and which tables with such a link no {@link RetentionTarget} declares.
 */
@Path("/test/retention")
@RequestScoped
@PermitAll
@Tag(name = "test")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionCheckResource {

    /** Columns that tie a row to a person, directly or through the person's enrolments, invoices, payments. */
    static final Set<String> LINKS = Set.of("participant_id", "enrolment_id", "invoice_id", "payer_id", "payment_id",
            "consent_id", "notification_id", "disclosure_id");

    /** The retention machinery's own tables (rules, runs, journal) hold no link a target must follow. */
    static final Set<String> OWN = Set.of("retention_rule", "retention_run", "retention_run_count", "retention_lease",
            "purge_journal", "flyway_schema_history");

    @Resource(lookup = "java:jboss/datasources/OplysDS")
    private DataSource ds;

    @Inject
    private PersonEraser eraser;

    /** table -> link columns, for every table of the application's schema. */
    private Map<String, Set<String>> linkColumns(Connection c) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(c.getCatalog(), null, "%", "%")) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema == null || !schema.equalsIgnoreCase("public")) {
                    continue;
                }
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (LINKS.contains(column) || table.equals("participant") && column.equals("id")) {
                    out.computeIfAbsent(table, t -> new TreeSet<>()).add(column);
                }
            }
        }
        return out;
    }

    @GET
    @Path("/uncovered")
    @Operation(summary = "Tables linked to a person that no retention target declares (test servers only)")
    public JsonObject uncovered() throws SQLException {
        TestClockResource.requireEnabled();
        Set<String> covered = eraser.targets().stream().flatMap(t -> t.tables().stream()).collect(Collectors.toSet());
        try (Connection c = ds.getConnection()) {
            List<String> missing = new ArrayList<>();
            for (String table : linkColumns(c).keySet()) {
                if (!covered.contains(table) && !OWN.contains(table)) {
                    missing.add(table);
                }
            }
            return Json.createObjectBuilder().add("uncovered", Json.createArrayBuilder(missing)).build();
        }
    }

    /** Rows copied by {@link #snapshot}, as a backup would hold them. */
    private static final Map<Long, Map<String, Object>> SNAPSHOTS = new java.util.concurrent.ConcurrentHashMap<>();

    @jakarta.ws.rs.POST
    @Path("/snapshot/{participantId}")
    @Operation(summary = "Keep a copy of a participant row, as a backup taken now would (test servers only)")
    public JsonObject snapshot(@jakarta.ws.rs.PathParam("participantId") long id) throws SQLException {
        TestClockResource.requireEnabled();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM participant WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new jakarta.ws.rs.NotFoundException();
                }
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                }
                SNAPSHOTS.put(id, row);
            }
        }
        return Json.createObjectBuilder().add("kept", id).build();
    }

    @jakarta.ws.rs.POST
    @Path("/restore/{participantId}")
    @Operation(summary = "Put a kept participant row back, as restoring that backup would (test servers only)")
    public JsonObject restore(@jakarta.ws.rs.PathParam("participantId") long id) throws SQLException {
        TestClockResource.requireEnabled();
        Map<String, Object> row = SNAPSHOTS.get(id);
        if (row == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO participant (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object v : row.values()) {
                ps.setObject(i++, v);
            }
            ps.executeUpdate();
        }
        return Json.createObjectBuilder().add("restored", id).build();
    }

    @GET
    @Path("/residue")
    @Operation(summary = "Rows in any table still pointing at these ids (test servers only)")
    public JsonObject residue(@QueryParam("participant") List<Long> participants,
                              @QueryParam("enrolment") List<Long> enrolments,
                              @QueryParam("invoice") List<Long> invoices) throws SQLException {
        TestClockResource.requireEnabled();
        Map<String, List<Long>> idsByColumn = Map.of("participant_id", participants, "enrolment_id", enrolments,
                "invoice_id", invoices);
        JsonObjectBuilder out = Json.createObjectBuilder();
        try (Connection c = ds.getConnection()) {
            for (Map.Entry<String, Set<String>> t : linkColumns(c).entrySet()) {
                long rows = 0;
                for (String column : t.getValue()) {
                    List<Long> ids = column.equals("id") ? (t.getKey().equals("participant") ? participants : List.of())
                            : idsByColumn.getOrDefault(column, List.of());
                    for (Long id : ids) {
                        // Names come from the database's own catalogue, values are bound.
                        try (PreparedStatement ps = c.prepareStatement(
                                "SELECT COUNT(*) FROM " + t.getKey() + " WHERE " + column + " = ?")) {
                            ps.setLong(1, id);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                rows += rs.getLong(1);
                            }
                        }
                    }
                }
                if (rows > 0) {
                    out.add(t.getKey(), rows);
                }
            }
        }
        return out.build();
    }
}
