package dk.oplys.core.application.reporting;

/**
 * The outcome of a SOAP delivery: which report and version, what the receiver made of it
 * (ACCEPTED, CORRECTION, DUPLICATE, OUTDATED), its receipt and the version it now holds.
 */
public record DeliveryView(long id, String reportId, int version, String outcome, String receipt,
                           int receiverVersion) {
}
