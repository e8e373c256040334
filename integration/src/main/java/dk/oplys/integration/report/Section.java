package dk.oplys.integration.report;

import java.util.List;

/**
 * A section of the report for one recipient: its payload name ({@code subsidy}, {@code refusion}),
 * title, legal basis and the columns (cells) its rows may carry, in order; whether rows are grouped
 * (by {@link Row#group()}) and split per calendar year.
 */
public record Section(String name, String title, String legalBasis, List<Column> columns, boolean grouped,
                      boolean perYear) {

    /** A column: payload name and Danish label. */
    public record Column(String name, String label) {
    }
}
