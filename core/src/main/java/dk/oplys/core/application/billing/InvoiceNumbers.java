package dk.oplys.core.application.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** Must be called inside the transaction that persists the invoice. */
    public long next(long schoolId, int fiscalYear) {
        if (increment(schoolId, fiscalYear) == 0) {
            try {
                setup.create(schoolId, fiscalYear);
            } catch (RuntimeException createdByAnother) {
                // Another transaction created the row first; it is there now either way.
            }
            if (increment(schoolId, fiscalYear) == 0) {
                throw new IllegalStateException("invoice series missing after creation");
            }
        }
        Number taken = (Number) em.createNativeQuery(
                        "SELECT next_number - 1 FROM invoice_series WHERE school_id = ?1 AND fiscal_year = ?2")
                .setParameter(1, schoolId).setParameter(2, fiscalYear).getSingleResult();
        return taken.longValue();
    }

    /**
     * Opens a fiscal year's series in the caller's own transaction: for a school created in that same
     * transaction (demo data, a new school), whose row a separate transaction could not see yet.
     */
    public void openYear(long schoolId, int fiscalYear) {
        em.createNativeQuery("INSERT INTO invoice_series (school_id, fiscal_year, next_number) VALUES (?1, ?2, 1)")
                .setParameter(1, schoolId).setParameter(2, fiscalYear).executeUpdate();
    }

    private int increment(long schoolId, int fiscalYear) {
        return em.createNativeQuery(
                        "UPDATE invoice_series SET next_number = next_number + 1 WHERE school_id = ?1 AND fiscal_year = ?2")
                .setParameter(1, schoolId).setParameter(2, fiscalYear).executeUpdate();
    }
}
