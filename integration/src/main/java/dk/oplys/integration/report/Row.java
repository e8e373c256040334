package dk.oplys.integration.report;

import java.util.List;

/**
 * One participant, course and calendar year in a section. {@code group} is the municipality a
 * refusion row is claimed from (null in the subsidy section).
 */
public record Row(int calendarYear, String group, String groupName, List<Cell> cells) {
    @Override
    public String toString() {
        return "Row[" + calendarYear + "]";
    }
}
