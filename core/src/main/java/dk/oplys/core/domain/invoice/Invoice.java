package dk.oplys.core.domain.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued invoice or credit note. Its amounts, payer and number never change after issue: a
 * mistake is corrected by a credit note and a new invoice. Only the payment status moves.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(nullable = false, updatable = false)
    private long number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private InvoiceKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credits_invoice_id", updatable = false)
    private Invoice credits;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private Long enrolmentId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payer_id", updatable = false)
    private Payer payer;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "payment_reference", nullable = false, updatable = false)
    private String paymentReference;

    @Column(name = "gross_ore", nullable = false, updatable = false)
    private long grossOre;

    @Column(name = "reduction_ore", nullable = false, updatable = false)
    private long reductionOre;

    @Column(name = "total_ore", nullable = false, updatable = false)
    private long totalOre;

    @Column(name = "reduced_group", updatable = false)
    private String reducedGroup;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    private long version;

    protected Invoice() {
    }

    private Invoice(Long schoolId, int fiscalYear, long number, InvoiceKind kind, Invoice credits, Long enrolmentId,
                    Long courseId, Payer payer, Instant issuedAt, LocalDate issueDate, LocalDate dueDate,
                    long grossOre, long reductionOre, String reducedGroup) {
        this.schoolId = schoolId;
        this.fiscalYear = fiscalYear;
        this.number = number;
        this.kind = kind;
        this.credits = credits;
        this.enrolmentId = enrolmentId;
        this.courseId = courseId;
        this.payer = payer;
        this.issuedAt = issuedAt;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.grossOre = grossOre;
        this.reductionOre = reductionOre;
        this.totalOre = grossOre - reductionOre;
        this.reducedGroup = reducedGroup;
        this.paymentReference = paymentReference(fiscalYear, number);
        this.status = kind == InvoiceKind.INVOICE ? InvoiceStatus.OPEN : InvoiceStatus.ISSUED;
    }

    public static Invoice issue(Long schoolId, int fiscalYear, long number, Long enrolmentId, Long courseId, Payer payer,
                                Instant now, LocalDate today, LocalDate dueDate, long grossOre, long reductionOre,
                                String reducedGroup) {
        return new Invoice(schoolId, fiscalYear, number, InvoiceKind.INVOICE, null, enrolmentId, courseId, payer, now,
                today, dueDate, grossOre, reductionOre, reducedGroup);
    }

    /**
     * An invoice whose number is given last, by {@link #numbered} after the numbering statement has
     * written it to the row (so the series row is locked only for that statement and the commit).
     * Until then the number is the negated enrolment id: unique (one invoice per enrolment), never
     * positive, and never seen outside the transaction.
     */
    public static Invoice issueUnnumbered(Long schoolId, int fiscalYear, Long enrolmentId, Long courseId, Payer payer,
                                          Instant now, LocalDate today, LocalDate dueDate, long grossOre,
                                          long reductionOre, String reducedGroup) {
        return issue(schoolId, fiscalYear, -enrolmentId, enrolmentId, courseId, payer, now, today, dueDate, grossOre,
                reductionOre, reducedGroup);
    }

    /** The number the numbering statement wrote to this invoice's row (number and payment reference). */
    public void numbered(long number) {
        if (this.number > 0) {
            throw new IllegalStateException("the invoice already has its number");
        }
        this.number = number;
        this.paymentReference = paymentReference(fiscalYear, number);
    }

    public static String paymentReference(int fiscalYear, long number) {
        return fiscalYear + "-" + number;
    }

    public static String displayNumber(int fiscalYear, long number) {
        return fiscalYear + "-" + String.format("%06d", number);
    }

    /** A credit note for the whole of {@code invoice}; the invoice becomes CREDITED. */
    public static Invoice creditNoteFor(Invoice invoice, int fiscalYear, long number, Instant now, LocalDate today) {
        if (invoice.kind != InvoiceKind.INVOICE || invoice.status == InvoiceStatus.CREDITED) {
            throw new IllegalStateException("only an uncredited invoice can be credited");
        }
        invoice.status = InvoiceStatus.CREDITED;
        return new Invoice(invoice.schoolId, fiscalYear, number, InvoiceKind.CREDIT_NOTE, invoice, invoice.enrolmentId,
                invoice.courseId, invoice.payer, now, today, null, invoice.grossOre, invoice.reductionOre,
                invoice.reducedGroup);
    }

    /** @return false if the invoice was already paid (a repeated callback or a second transfer) */
    public boolean markPaid(Instant at) {
        if (status != InvoiceStatus.OPEN) {
            return false;
        }
        status = InvoiceStatus.PAID;
        paidAt = at;
        return true;
    }

    /** The printed number, e.g. 2026-000042: the fiscal year and the number within it. */
    public String displayNumber() {
        return displayNumber(fiscalYear, number);
    }

    public Long id() { return id; }
    public Long schoolId() { return schoolId; }
    public int fiscalYear() { return fiscalYear; }
    public long number() { return number; }
    public InvoiceKind kind() { return kind; }
    public Invoice credits() { return credits; }
    public Long enrolmentId() { return enrolmentId; }
    public Long courseId() { return courseId; }
    public Payer payer() { return payer; }
    public Instant issuedAt() { return issuedAt; }
    public LocalDate issueDate() { return issueDate; }
    public LocalDate dueDate() { return dueDate; }
    public String paymentReference() { return paymentReference; }
    public long grossOre() { return grossOre; }
    public long reductionOre() { return reductionOre; }
    public long totalOre() { return totalOre; }
    public String reducedGroup() { return reducedGroup; }
    public InvoiceStatus status() { return status; }
    public Instant paidAt() { return paidAt; }
}
