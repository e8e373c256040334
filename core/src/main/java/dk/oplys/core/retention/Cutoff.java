package dk.oplys.core.retention;

import dk.oplys.core.infrastructure.AppClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * The date before which a rule's anchor makes a record due, on a given day. A record whose anchor
 * falls on {@code deadline(...)} minus the period is kept through its deadline day and is due the
 * day after. For the fiscal-year anchor the whole fiscal year counts: anything in a fiscal year
 * that ended more than the period ago is due, so the cutoff is the first day of a fiscal year.
 *
 * @param date records whose anchor date is strictly before this day are due
 */
public record Cutoff(LocalDate date) {

    /** The cutoff for {@code anchor} and {@code period} on {@code today}, for a fiscal year starting in {@code fiscalStartMonth}. */
    public static Cutoff of(Anchor anchor, Period period, LocalDate today, int fiscalStartMonth) {
        LocalDate back = today.minus(period);
        return new Cutoff(anchor == Anchor.END_OF_FISCAL_YEAR_OF_LAST_COURSE ? fiscalYearStart(back, fiscalStartMonth) : back);
    }

    /** The last day a record anchored on {@code anchorDate} is kept. */
    public static LocalDate deadline(Anchor anchor, Period period, LocalDate anchorDate, int fiscalStartMonth) {
        LocalDate base = anchor == Anchor.END_OF_FISCAL_YEAR_OF_LAST_COURSE
                ? fiscalYearStart(anchorDate, fiscalStartMonth).plusYears(1).minusDays(1)
                : anchorDate;
        return base.plus(period);
    }

    static LocalDate fiscalYearStart(LocalDate d, int startMonth) {
        int year = d.getMonthValue() >= startMonth ? d.getYear() : d.getYear() - 1;
        return LocalDate.of(year, startMonth, 1);
    }

    /** Whether a record anchored on {@code anchorDate} is due. */
    public boolean isDue(LocalDate anchorDate) {
        return anchorDate.isBefore(date);
    }

    /** The cutoff as an instant (start of the day in Danish time), for timestamp columns. */
    public Instant instant() {
        return date.atStartOfDay(AppClock.DANISH).toInstant();
    }
}
