package dk.oplys.core.application.reporting;

import dk.oplys.core.disclosure.Disclosure;
import dk.oplys.core.disclosure.Field;
import java.time.Instant;
import java.util.List;

/** One entry of the disclosure log about a report: when, to whom, how, which fields, on which basis, how many persons, the receipt. */
public record DisclosureView(long id, Instant disclosedAt, String recipient, String recipientRef, String channel,
                             List<String> fields, String legalBasis, String document, String actor, String receipt,
                             int persons) {

    static DisclosureView of(Disclosure d) {
        return new DisclosureView(d.id(), d.disclosedAt(), d.recipient().name(), d.recipientRef(), d.channel().name(),
                d.fieldSet().stream().map(Field::name).toList(), d.legalBasis(), d.documentRef(), d.actor(), d.receipt(),
                d.participantIds().size());
    }
}
