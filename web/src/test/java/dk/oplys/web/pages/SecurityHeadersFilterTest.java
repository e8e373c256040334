package dk.oplys.web.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void personalDataAnswersAreNotStored() {
        assertTrue(SecurityHeadersFilter.personal("/api/courses/1/enrolments"));
        assertTrue(SecurityHeadersFilter.personal("/api/public/courses/1/signups"));
        assertTrue(SecurityHeadersFilter.personal("/api/public/session"));
        assertTrue(SecurityHeadersFilter.personal("/staff/index.html"));
        assertTrue(SecurityHeadersFilter.personal("/teacher/"));
        assertFalse(SecurityHeadersFilter.personal("/api/public/courses"));
        assertFalse(SecurityHeadersFilter.personal("/index.html"));
    }

    @Test
    void noInlineScriptIsAllowed() {
        assertFalse(SecurityHeadersFilter.CSP.contains("unsafe-inline"));
        assertTrue(SecurityHeadersFilter.CSP.contains("frame-ancestors 'none'"));
    }
}
