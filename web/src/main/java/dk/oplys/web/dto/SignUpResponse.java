package dk.oplys.web.dto;

import dk.oplys.core.application.command.EnrolmentResult;

/**
 * What the person who signed up is told: the reference to keep, and whether they have a seat or a
 * place on the waiting list. No personal data is echoed back.
 */
public record SignUpResponse(String reference, long courseId, String status, int waitingPosition, boolean replayed,
                             String invoiceNumber, String paymentUrl) {

    public static SignUpResponse of(EnrolmentResult r) {
        return new SignUpResponse(r.reference(), r.courseId(), r.status().name(), r.waitingPosition(), r.replayed(),
                r.invoiceNumber(), r.paymentUrl());
    }
}
