package dk.oplys.web.dto;

import dk.oplys.core.application.command.EnrolmentResult;

/** The staff view of a booking just made. */
public record BookingResponse(long enrolmentId, String reference, long courseId, String status, int waitingPosition,
                              boolean replayed, String invoiceNumber, String paymentUrl) {

    public static BookingResponse of(EnrolmentResult r) {
        return new BookingResponse(r.enrolmentId(), r.reference(), r.courseId(), r.status().name(),
                r.waitingPosition(), r.replayed(), r.invoiceNumber(), r.paymentUrl());
    }
}
