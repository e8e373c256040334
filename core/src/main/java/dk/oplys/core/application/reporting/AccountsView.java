package dk.oplys.core.application.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures for the yearly subsidy accounts (tilskudsregnskab) to one municipality, per activity
 * kind, for the board to check and sign. No personal data.
 *
 * <p>Teacher pay is not recorded in Oplys (it lives in the payroll system), so {@code teacherPayOre}
 * is null and the subsidy is left for the board to compute with {@code subsidyFraction}.
 */
public record AccountsView(String municipalityCode, int year, LocalDate due, List<Line> lines, BigDecimal totalLessons,
                           long totalInvoicedOre, long totalPaidOre, String note) {

    /**
     * One activity kind: courses and lessons held in the year, the municipality's fraction, teacher
     * pay (null: not recorded), and the participants' own payments from the ledger (invoiced net of
     * credit notes; paid net of refunds) for the courses whose first lesson of the year falls in it.
     */
    public record Line(String activityKind, long courses, BigDecimal lessons, String subsidyFraction, Long teacherPayOre,
                       long participantsInvoicedOre, long participantsPaidOre) {
    }
}
