package dk.oplys.core.dsr;

import dk.oplys.core.retention.TraceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the school holds about one person, as the person receives it (access and
 * portability). Staff look-ups carry date, action and purpose, never who looked.
 */
public record SubjectData(Instant generatedAt, String school, String schoolCvr, Person person, List<ConsentRow> consents,
                          String supplementaryInfo, List<EnrolmentRow> enrolments, List<InvoiceRow> invoices,
                          List<DisclosureRow> disclosures, List<LookupRow> staffLookups, List<RequestRow> requests,
                          Retention retention) {

    /** The CPR number itself is not repeated in an export: only whether one is held. */
    public record Person(String firstName, String lastName, String street, String postcode, String city,
                         String municipalityCode, LocalDate birthDate, boolean cprHeld, String email, String phone,
                         String hjemstedskommune, String handlekommune, String betalingskommune, Instant registeredAt) {
        @Override
        public String toString() {
            return "Person[…]";
        }
    }

    /** A consent; {@code id} lets the person withdraw it on their own page. */
    public record ConsentRow(long id, String purpose, String textVersion, String form, Instant givenAt,
                             Instant withdrawnAt) {
    }

    /** An enrolment; {@code id} lets the person cancel it on their own page. */
    public record EnrolmentRow(long id, String course, String status, String channel, Instant enrolledAt,
                               LocalDate firstLesson, LocalDate lastLesson) {
    }

    public record InvoiceRow(String number, String kind, LocalDate issueDate, long totalOre, String status, Instant paidAt) {
    }

    /** Who received which of the person's fields, when and on which legal basis. */
    public record DisclosureRow(Instant at, String recipient, String recipientRef, String fields, String legalBasis) {
    }

    /** A look-up by staff: when, what kind of access, for which purpose (not by whom). */
    public record LookupRow(Instant at, String action, String purpose) {
    }

    public record RequestRow(String kind, String channel, Instant receivedAt, LocalDate deadline, Instant answeredAt,
                             String outcome) {
    }

    public record Retention(String rule, String legalBasis, LocalDate keptUntil, String explanation) {
        static Retention of(TraceView t, String legalBasis) {
            return new Retention(t.dataKind(), legalBasis, t.keptUntil(), t.explanation());
        }
    }
}
