package dk.oplys.core.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PrivacyNoticeTest {

    private static RetentionRule rule(Anchor a, Period p, RetentionAction action) {
        return new RetentionRule(1L, "X", a, p, action, "basis", "what", Instant.EPOCH, "t");
    }

    @Test
    void theBookkeepingRuleReadsInDanishWithTheFiscalYear() {
        assertEquals("Opbevares 5 år fra udgangen af det regnskabsår, hvor dit seneste kursus blev afsluttet "
                        + "(skolens regnskabsår begynder 1. august) og slettes derefter.",
                PrivacyNotice.howLong(rule(Anchor.END_OF_FISCAL_YEAR_OF_LAST_COURSE, Period.ofYears(5),
                        RetentionAction.DELETE), 8));
    }

    @Test
    void consentAndEventClocks() {
        assertEquals("Opbevares, indtil du trækker samtykket tilbage, og slettes så straks.",
                PrivacyNotice.howLong(rule(Anchor.CONSENT_WITHDRAWN, Period.ZERO, RetentionAction.DELETE), 1));
        assertEquals("Anonymiseres straks efter arrangementets afslutning.",
                PrivacyNotice.howLong(rule(Anchor.EVENT_END, Period.ZERO, RetentionAction.ANONYMISE), 1));
        assertEquals("Opbevares 1 år og 6 måneder efter kursets sidste gang og slettes derefter.",
                PrivacyNotice.howLong(rule(Anchor.COURSE_END, Period.of(1, 6, 0), RetentionAction.DELETE), 1));
    }
}
