package dk.oplys.core.application.billing;

import dk.oplys.core.application.DomainException;
import dk.oplys.core.application.ErrorCode;

/**
 * A payment callback that failed a check. It rolls the callback's transaction back; the caller
 * then audits the refusal in a transaction of its own (see {@link CallbackAudit}).
 */
public class CallbackRefused extends DomainException {

    private final Long schoolId;
    private final Long paymentId;
    private final String reason;

    public CallbackRefused(Long schoolId, Long paymentId, String reason) {
        super(ErrorCode.PAYMENT_REJECTED, "the payment callback was refused: " + reason);
        this.schoolId = schoolId;
        this.paymentId = paymentId;
        this.reason = reason;
    }

    public Long schoolId() { return schoolId; }
    public Long paymentId() { return paymentId; }
    public String reason() { return reason; }
}
