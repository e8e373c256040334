package dk.oplys.core.domain.invoice;

/**
 * Where an invoice stands. OPEN: not paid; PAID: paid by card (reserved or captured) or by bank
 * transfer; CREDITED: cancelled by a credit note. A credit note itself is always ISSUED.
 */
public enum InvoiceStatus {
    OPEN, PAID, CREDITED, ISSUED
}
