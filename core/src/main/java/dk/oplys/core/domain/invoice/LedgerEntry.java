package dk.oplys.core.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One posting in a school's ledger for a fiscal year. Invoices and payments are positive, credit
 * notes and refunds negative, so the participants' own payments per course and year are a sum.
 * Entries are only ever added.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Kind {
        INVOICE, CREDIT_NOTE, PAYMENT, REFUND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    /** Empty once retention has anonymised the posting (the invoice and its person are gone). */
    @Column(name = "invoice_id", updatable = false)
    private Long invoiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "amount_ore", nullable = false, updatable = false)
    private long amountOre;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @Column(updatable = false)
    private String reference;

    protected LedgerEntry() {
    }

    public LedgerEntry(Long schoolId, int fiscalYear, Long courseId, Long invoiceId, Kind kind, long amountOre,
                       Instant postedAt, String reference) {
        this.schoolId = schoolId;
        this.fiscalYear = fiscalYear;
        this.courseId = courseId;
        this.invoiceId = invoiceId;
        this.kind = kind;
        this.amountOre = amountOre;
        this.postedAt = postedAt;
        this.reference = reference;
    }

    public Long id() { return id; }
    public int fiscalYear() { return fiscalYear; }
    public Long courseId() { return courseId; }
    public Long invoiceId() { return invoiceId; }
    public Kind kind() { return kind; }
    public long amountOre() { return amountOre; }
    public Instant postedAt() { return postedAt; }
    public String reference() { return reference; }
}
