package dk.oplys.integration.report;

import java.util.function.Consumer;

/** The rows of a section, handed over one at a time (read page by page, never all at once). */
@FunctionalInterface
public interface Rows {
    void forEach(Section section, Consumer<Row> sink);
}
