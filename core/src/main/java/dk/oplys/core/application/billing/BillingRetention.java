package dk.oplys.core.application.billing;

import dk.oplys.core.retention.RetentionTarget;
import dk.oplys.core.retention.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Invoices, credit notes, payments and their provider tasks, reduced-fee declarations and payers
 * go with the person; ledger postings stay as the school's accounts (course, year, kind, amount)
 * but lose the invoice they pointed at, so nothing leads back to the person.
 */
@ApplicationScoped
public class BillingRetention implements RetentionTarget {

    @PersistenceContext(unitName = "oplys")
    private EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> tables() {
        return Set.of("invoice", "payer", "payment", "payment_task", "ledger_entry", "reduced_fee_declaration");
    }

    @Override
    public int erasePersons(long schoolId, Collection<Long> participantIds) {
        List<Long> invoices = Sql.ids(em, "SELECT i.id FROM invoice i JOIN enrolment e ON e.id = i.enrolment_id "
                + "WHERE e.participant_id IN (:ids)", participantIds);
        Set<Long> payers = new LinkedHashSet<>();
        payers.addAll(Sql.ids(em, "SELECT DISTINCT i.payer_id FROM invoice i WHERE i.id IN (:ids)", invoices));
        payers.addAll(Sql.ids(em, "SELECT DISTINCT e.payer_id FROM enrolment e WHERE e.participant_id IN (:ids) "
                + "AND e.payer_id IS NOT NULL", participantIds));
        payers.addAll(Sql.ids(em, "SELECT p.id FROM payer p WHERE p.participant_id IN (:ids)", participantIds));
        int rows = 0;
        rows += Sql.update(em, "DELETE FROM payment_task WHERE payment_id IN "
                + "(SELECT p.id FROM payment p WHERE p.invoice_id IN (:ids))", invoices);
        rows += Sql.update(em, "DELETE FROM payment WHERE invoice_id IN (:ids)", invoices);
        rows += Sql.update(em, "UPDATE ledger_entry SET invoice_id = NULL, reference = NULL WHERE invoice_id IN (:ids)",
                invoices);
        rows += Sql.update(em, "UPDATE notification SET invoice_id = NULL WHERE invoice_id IN (:ids)", invoices);
        rows += Sql.update(em, "DELETE FROM reduced_fee_declaration WHERE participant_id IN (:ids)", participantIds);
        rows += Sql.update(em, "DELETE FROM invoice WHERE id IN (:ids) AND kind = 'CREDIT_NOTE'", invoices);
        rows += Sql.update(em, "DELETE FROM invoice WHERE id IN (:ids)", invoices);
        rows += Sql.update(em, "UPDATE enrolment SET payer_id = NULL WHERE participant_id IN (:ids)", participantIds);
        // A payer still named on someone else's invoice (a parent who also took a course) stays
        // with that invoice, without the link to the erased person.
        rows += Sql.update(em, "DELETE FROM payer WHERE id IN (:ids) "
                + "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.payer_id = payer.id) "
                + "AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.payer_id = payer.id)", payers);
        rows += Sql.update(em, "UPDATE payer SET participant_id = NULL WHERE participant_id IN (:ids)", participantIds);
        return rows;
    }
}
