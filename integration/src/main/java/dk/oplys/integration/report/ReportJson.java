package dk.oplys.integration.report;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The report as JSON for the pull interface, row by row with a streaming generator. Keys are the
 * cells' payload names; the same shape as the XML (sections, refusion grouped by municipality).
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static void write(ReportHeader h, List<Section> sections, Rows rows, OutputStream out) {
        try (JsonGenerator g = Json.createGenerator(out)) {
            g.writeStartObject();
            g.write("reportId", h.reportId());
            g.write("version", h.version());
            g.writeStartObject("school").write("name", h.schoolName()).write("cvr", h.schoolCvr()).writeEnd();
            g.writeStartObject("municipality").write("code", h.municipalityCode()).write("name", h.municipalityName())
                    .writeEnd();
            g.write("periodFrom", h.periodFrom().toString());
            g.write("periodTo", h.periodTo().toString());
            g.write("createdAt", h.createdAt().toString());
            for (Section s : sections) {
                g.writeStartObject(s.name());
                g.write("legalBasis", s.legalBasis());
                if (s.grouped()) {
                    g.writeStartArray(s.name().equals("refusion") ? "fromMunicipalities" : "groups");
                } else {
                    g.writeStartArray("participants");
                }
                String[] open = {null};
                rows.forEach(s, row -> {
                    if (s.grouped() && !Objects.equals(open[0], row.group())) {
                        if (open[0] != null) {
                            g.writeEnd().writeEnd();
                        }
                        g.writeStartObject().write("code", row.group())
                                .write("name", row.groupName() == null ? "" : row.groupName());
                        g.writeStartArray("participants");
                        open[0] = row.group();
                    }
                    g.writeStartObject();
                    if (s.perYear()) {
                        g.write("calendarYear", row.calendarYear());
                    }
                    for (Cell c : row.cells()) {
                        if (c.value() instanceof Cell.PostalAddress a) {
                            g.writeStartObject(c.name()).write("street", a.street()).write("postcode", a.postcode())
                                    .write("city", a.city()).writeEnd();
                        } else {
                            g.write(c.name(), String.valueOf(c.value()));
                        }
                    }
                    g.writeEnd();
                });
                if (open[0] != null) {
                    g.writeEnd().writeEnd();
                }
                g.writeEnd();
                g.writeEnd();
            }
            g.writeEnd();
        }
    }
}
