package dk.oplys.core.application.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.oplys.core.disclosure.Field;
import dk.oplys.core.domain.reporting.ReportSection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's sections take their columns from the disclosure declaration, and nowhere else. */
class ReportPolicyTest {

    @Test
    void everyColumnIsDeclaredForTheSectionsRecipient() {
        for (ReportSection s : ReportSection.values()) {
            assertTrue(ReportPolicy.recipient(s).fields().containsAll(ReportPolicy.columns(s)), s.name());
        }
    }

    @Test
    void cprIsAColumnOfTheRefusionSectionOnly() {
        assertFalse(ReportPolicy.columns(ReportSection.SUBSIDY).contains(Field.CPR));
        assertTrue(ReportPolicy.columns(ReportSection.REFUSION).contains(Field.CPR));
    }

    @Test
    void subsidySectionIsNameAddressBirthDateCourseKindAndHours() {
        assertEquals(List.of(Field.NAME, Field.ADDRESS, Field.BIRTH_DATE, Field.COURSE, Field.ACTIVITY_KIND,
                Field.PARTICIPANT_HOURS), ReportPolicy.columns(ReportSection.SUBSIDY));
    }

    @Test
    void payloadNamesAreLowerCamelCase() {
        assertEquals("birthDate", ReportPolicy.payloadName(Field.BIRTH_DATE));
        assertEquals("participantHours", ReportPolicy.payloadName(Field.PARTICIPANT_HOURS));
        assertEquals("cpr", ReportPolicy.payloadName(Field.CPR));
    }

    @Test
    void soapAddressesAreHttpsOrLoopback() {
        assertTrue(MunicipalRuleService.allowedEndpoint("https://kommune.example/ws"));
        assertTrue(MunicipalRuleService.allowedEndpoint("http://127.0.0.1:18191/municipal-report"));
        assertFalse(MunicipalRuleService.allowedEndpoint("http://kommune.example/ws"));
        assertFalse(MunicipalRuleService.allowedEndpoint("https://user:pw@kommune.example/ws"));
        assertFalse(MunicipalRuleService.allowedEndpoint("file:///etc/passwd"));
        assertFalse(MunicipalRuleService.allowedEndpoint("not a url"));
    }
}
