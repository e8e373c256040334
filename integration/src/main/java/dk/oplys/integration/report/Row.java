package dk.oplys.integration.report;

import java.util.List;

/**
 * One participant, course and calendar year in a section. {@code group} is the municipality a
 * refusion row is claimed from, or a reduced-fee group (null when the section is not grouped);
 * {@code calendarYear} is 0 in sections that are not split per year.
 */
public record Row(int calendarYear, String group, String groupName, List<Cell> cells) {
    @Override
    public String toString() {
        return "Row[" + calendarYear + "]";
    }
}
