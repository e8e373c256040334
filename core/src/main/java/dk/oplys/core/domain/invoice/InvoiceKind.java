package dk.oplys.core.domain.invoice;

/** An invoice, or a credit note that cancels one; both are numbered in the same series. */
public enum InvoiceKind {
    INVOICE, CREDIT_NOTE
}
