package dk.oplys.integration.pdf;

import java.util.List;

/**
 * A document of headed tables, as a neutral model for reports built elsewhere (the access export,
 * the privacy notice): a title, lines under it, and sections each with an intro and a table.
 */
public record TableDocument(String title, String subject, List<String> lines, List<Section> sections, String footer) {

    /** {@code headers} may be empty (then rows are plain label/value pairs); {@code empty} is shown when there are no rows. */
    public record Section(String title, String intro, List<String> headers, List<List<String>> rows, String empty) {
    }

    @Override
    public String toString() {
        return "TableDocument[" + title + "]";
    }
}
