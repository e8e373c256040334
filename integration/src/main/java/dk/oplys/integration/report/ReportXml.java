package dk.oplys.integration.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a report in the municipal-report-v1 schema ({@code xsd/municipal-report-v1.xsd}), row by
 * row with StAX: {@code <report>} for a download, or wrapped in {@code <deliverReport>} as the SOAP
 * payload. Element names are the cells' payload names; nothing is added that the rows do not carry.
 */
public final class ReportXml {

    public static final String NS = "urn:oplys:municipal-report:v1";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private ReportXml() {
    }

    /** The report as a document of its own (root {@code report}). */
    public static void write(ReportHeader h, List<Section> sections, Rows rows, OutputStream out) {
        write(h, sections, rows, out, false);
    }

    /** {@code delivery}: wrapped in {@code deliverReport}, the SOAP operation's request element. */
    public static void write(ReportHeader h, List<Section> sections, Rows rows, OutputStream out, boolean delivery) {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            if (delivery) {
                w.writeStartElement(NS, "deliverReport");
                w.writeDefaultNamespace(NS);
                w.writeStartElement(NS, "report");
            } else {
                w.writeStartElement(NS, "report");
                w.writeDefaultNamespace(NS);
            }
            w.writeAttribute("reportId", h.reportId());
            w.writeAttribute("version", Integer.toString(h.version()));
            w.writeStartElement(NS, "school");
            w.writeAttribute("cvr", h.schoolCvr());
            w.writeCharacters(h.schoolName());
            w.writeEndElement();
            w.writeStartElement(NS, "municipality");
            w.writeAttribute("code", h.municipalityCode());
            w.writeCharacters(h.municipalityName());
            w.writeEndElement();
            simple(w, "periodFrom", h.periodFrom().toString());
            simple(w, "periodTo", h.periodTo().toString());
            simple(w, "createdAt", h.createdAt().toString());
            for (Section s : sections) {
                section(w, s, rows);
            }
            w.writeEndElement();
            if (delivery) {
                w.writeEndElement();
            }
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("report XML could not be written: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void section(XMLStreamWriter w, Section s, Rows rows) throws XMLStreamException {
        w.writeStartElement(NS, s.name());
        w.writeAttribute("legalBasis", s.legalBasis());
        String[] open = {null};
        rows.forEach(s, row -> {
            try {
                if (s.grouped() && !Objects.equals(open[0], row.group())) {
                    if (open[0] != null) {
                        w.writeEndElement();
                    }
                    w.writeStartElement(NS, "fromMunicipality");
                    w.writeAttribute("code", row.group());
                    w.writeAttribute("name", row.groupName() == null ? "" : row.groupName());
                    open[0] = row.group();
                }
                w.writeStartElement(NS, "participant");
                w.writeAttribute("calendarYear", Integer.toString(row.calendarYear()));
                for (Cell c : row.cells()) {
                    cell(w, c);
                }
                w.writeEndElement();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("report XML could not be written: " + e.getClass().getSimpleName(), e);
            }
        });
        if (open[0] != null) {
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void cell(XMLStreamWriter w, Cell c) throws XMLStreamException {
        if (c.value() instanceof Cell.PostalAddress a) {
            w.writeStartElement(NS, c.name());
            simple(w, "street", a.street());
            simple(w, "postcode", a.postcode());
            simple(w, "city", a.city());
            w.writeEndElement();
        } else {
            simple(w, c.name(), String.valueOf(c.value()));
        }
    }

    private static void simple(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
