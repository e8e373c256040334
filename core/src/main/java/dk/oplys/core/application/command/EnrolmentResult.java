package dk.oplys.core.application.command;

import dk.oplys.core.domain.enrolment.EnrolmentStatus;

/**
 * What an enrolment attempt produced. {@code replayed} is true when an earlier request with the
 * same idempotency key already produced it; {@code waitingPosition} is 1-based, or 0 if not waiting.
 */
public record EnrolmentResult(long enrolmentId, String reference, long courseId, EnrolmentStatus status,
                              int waitingPosition, boolean replayed, String invoiceNumber, String paymentUrl) {
}
