package dk.oplys.core.application.billing;

import dk.oplys.core.domain.invoice.LedgerEntry;

/** The sum of one kind of posting for one course in a fiscal year. */
public record LedgerSum(Long courseId, LedgerEntry.Kind kind, Long amountOre, Long entries) {
}
