package dk.oplys.core.retention;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a person's data is still kept and when it is due: the rule, the date its clock runs from
 * (the last course, or a later enrolment, invoice or payment), the last day it is kept, and the
 * holds that keep it longer.
 */
public record TraceView(long participantId, String dataKind, Anchor anchor, String period, LocalDate anchorDate,
                        LocalDate keptUntil, boolean dueNow, List<HoldView> activeHolds, String explanation) {
}
