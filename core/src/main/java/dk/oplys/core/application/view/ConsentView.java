package dk.oplys.core.application.view;

import dk.oplys.core.domain.consent.Consent;
import dk.oplys.core.domain.consent.ConsentForm;
import dk.oplys.core.domain.consent.ConsentPurpose;
import java.time.Instant;

/** One consent with its history: given when and how, withdrawn when and how. */
public record ConsentView(long id, ConsentPurpose purpose, String textVersion, ConsentForm form, Instant givenAt,
                          String recordedBy, boolean active, Instant withdrawnAt, ConsentForm withdrawnForm) {

    public static ConsentView of(Consent c) {
        return new ConsentView(c.id(), c.purpose(), c.textVersion(), c.form(), c.givenAt(), c.recordedBy(),
                c.active(), c.withdrawnAt(), c.withdrawnForm());
    }
}
