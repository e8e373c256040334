package dk.oplys.core.application.billing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a fiscal year's invoice series row in a transaction of its own, so two nodes opening the
 * same new year at once do not fail the invoices that need it: the loser's insert hits the primary
 * key and rolls back alone (the caller ignores that), and both then number from the one row.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InvoiceSeriesSetup {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    public void create(long schoolId, int fiscalYear) {
        em.createNativeQuery("INSERT INTO invoice_series (school_id, fiscal_year, next_number) VALUES (?1, ?2, 1)")
                .setParameter(1, schoolId).setParameter(2, fiscalYear).executeUpdate();
        em.flush();
    }
}
