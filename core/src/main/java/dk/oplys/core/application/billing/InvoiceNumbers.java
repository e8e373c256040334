package dk.oplys.core.application.billing;

import dk.oplys.core.domain.invoice.Invoice;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Gapless invoice numbers per school and fiscal year. The number is taken by an UPDATE of the
 * series row inside the caller's transaction: the row stays locked until that transaction ends,
 * so a second invoice waits, and a rollback gives the number back. No sequence (sequences leave
 * gaps), no read-then-write (two nodes could read the same value).
 */
@ApplicationScoped
public class InvoiceNumbers {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Inject
    private InvoiceSeriesSetup setup;

    @Resource(lookup = "java:jboss/datasources/OplysDS")
    private DataSource dataSource;

    private volatile Boolean postgres;

    /** Must be called inside the transaction that persists the invoice. */
    public long next(long schoolId, int fiscalYear) {
        Optional<Long> taken = take(schoolId, fiscalYear);
        if (taken.isEmpty()) {
            try {
                setup.create(schoolId, fiscalYear);
            } catch (RuntimeException createdByAnother) {
                // Another transaction created the row first; it is there now either way.
            }
            taken = take(schoolId, fiscalYear);
        }
        return taken.orElseThrow(() -> new IllegalStateException("invoice series missing after creation"));
    }

    /**
     * Gives an invoice written by {@link Invoice#issueUnnumbered} its number, with its payment
     * reference and its ledger entry's reference. On PostgreSQL this is one statement (the series
     * UPDATE and the two row updates as data-modifying CTEs), so the series row is locked only for
     * that statement and the commit; call it last in the transaction. On H2 the same in three.
     */
    public long assign(Invoice invoice) {
        long schoolId = invoice.schoolId();
        int year = invoice.fiscalYear();
        Optional<Long> taken = assignOnce(invoice, schoolId, year);
        if (taken.isEmpty()) {
            try {
                setup.create(schoolId, year);
            } catch (RuntimeException createdByAnother) {
                // Another transaction created the row first; it is there now either way.
            }
            taken = assignOnce(invoice, schoolId, year);
        }
        long number = taken.orElseThrow(() -> new IllegalStateException("invoice series missing after creation"));
        invoice.numbered(number);
        return number;
    }

    /**
     * Takes a seat of course {@code courseId} and, only if it got one, gives {@code invoice} its
     * number as {@link #assign} does. On PostgreSQL one statement: the seat's conditional UPDATE, the
     * series UPDATE gated on it, and the updates of the invoice and its ledger entry, as
     * data-modifying CTEs; the course row is locked before the series row (the order of every path),
     * and a full course locks neither. Elsewhere {@code takeSeat} and then {@link #assign}.
     * @return whether a seat was taken (and the invoice numbered)
     */
    public boolean assignWithSeat(long courseId, Invoice invoice, BooleanSupplier takeSeat) {
        if (!postgres()) {
            if (!takeSeat.getAsBoolean()) {
                return false;
            }
            assign(invoice);
            return true;
        }
        em.flush(); // the invoice and its ledger entry are rows before they are numbered
        int year = invoice.fiscalYear();
        Object[] row = (Object[]) em.createNativeQuery("""
                        WITH s AS (UPDATE course SET seats_taken = seats_taken + 1
                                    WHERE id = ?5 AND seats_taken < capacity RETURNING id),
                             n AS (UPDATE invoice_series SET next_number = next_number + 1
                                    WHERE school_id = ?1 AND fiscal_year = ?2 AND EXISTS (SELECT 1 FROM s)
                                   RETURNING next_number - 1 AS num),
                             i AS (UPDATE invoice SET number = n.num, payment_reference = ?4 || n.num
                                     FROM n WHERE invoice.id = ?3 RETURNING n.num),
                             l AS (UPDATE ledger_entry SET reference = ?4 || CASE WHEN n.num < 1000000
                                          THEN lpad(n.num::text, 6, '0') ELSE n.num::text END
                                     FROM n WHERE ledger_entry.invoice_id = ?3 AND ledger_entry.kind = 'INVOICE'
                                   RETURNING 1)
                        SELECT (SELECT count(*) FROM s) AS seat, (SELECT num FROM i) AS num""")
                .setParameter(1, invoice.schoolId()).setParameter(2, year).setParameter(3, invoice.id())
                .setParameter(4, year + "-").setParameter(5, courseId).getSingleResult();
        if (((Number) row[0]).intValue() == 0) {
            return false;
        }
        if (row[1] == null) {
            // The seat is taken but the year's series does not exist yet: open it and number as usual.
            assign(invoice);
            return true;
        }
        invoice.numbered(((Number) row[1]).longValue());
        return true;
    }

    private Optional<Long> assignOnce(Invoice invoice, long schoolId, int year) {
        em.flush(); // the invoice and its ledger entry are rows before they are numbered
        if (!postgres()) {
            Optional<Long> taken = take(schoolId, year);
            taken.ifPresent(n -> {
                em.createNativeQuery("UPDATE invoice SET number = ?1, payment_reference = ?2 WHERE id = ?3")
                        .setParameter(1, n).setParameter(2, Invoice.paymentReference(year, n))
                        .setParameter(3, invoice.id()).executeUpdate();
                em.createNativeQuery("UPDATE ledger_entry SET reference = ?1 WHERE invoice_id = ?2 AND kind = 'INVOICE'")
                        .setParameter(1, Invoice.displayNumber(year, n)).setParameter(2, invoice.id()).executeUpdate();
            });
            return taken;
        }
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                        WITH n AS (UPDATE invoice_series SET next_number = next_number + 1
                                    WHERE school_id = ?1 AND fiscal_year = ?2 RETURNING next_number - 1 AS num),
                             i AS (UPDATE invoice SET number = n.num, payment_reference = ?4 || n.num
                                     FROM n WHERE invoice.id = ?3 RETURNING n.num),
                             l AS (UPDATE ledger_entry SET reference = ?4 || CASE WHEN n.num < 1000000
                                          THEN lpad(n.num::text, 6, '0') ELSE n.num::text END
                                     FROM n WHERE ledger_entry.invoice_id = ?3 AND ledger_entry.kind = 'INVOICE'
                                   RETURNING 1)
                        SELECT num FROM i""")
                .setParameter(1, schoolId).setParameter(2, year).setParameter(3, invoice.id())
                .setParameter(4, year + "-").getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).longValue());
    }

    /**
     * Opens a fiscal year's series in the caller's own transaction: for a school created in that same
     * transaction (demo data, a new school), whose row a separate transaction could not see yet.
     */
    public void openYear(long schoolId, int fiscalYear) {
        em.createNativeQuery("INSERT INTO invoice_series (school_id, fiscal_year, next_number) VALUES (?1, ?2, 1)")
                .setParameter(1, schoolId).setParameter(2, fiscalYear).executeUpdate();
    }

    /**
     * Increments the series and reads the number taken in one statement, so the row lock is taken
     * and the answer known in one round trip: UPDATE ... RETURNING on PostgreSQL, the same UPDATE
     * as a data change delta table (FINAL TABLE) on H2. Empty if the series row does not exist.
     */
    private Optional<Long> take(long schoolId, int fiscalYear) {
        String update = "UPDATE invoice_series SET next_number = next_number + 1 WHERE school_id = ?1 AND fiscal_year = ?2";
        String sql = postgres()
                ? update + " RETURNING next_number - 1"
                : "SELECT next_number - 1 FROM FINAL TABLE (" + update + ")";
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, schoolId).setParameter(2, fiscalYear)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).longValue());
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try (Connection c = dataSource.getConnection()) {
                known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("database product not known", e);
            }
            postgres = known;
        }
        return known;
    }
}
