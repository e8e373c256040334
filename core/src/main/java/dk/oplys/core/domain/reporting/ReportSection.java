package dk.oplys.core.domain.reporting;

/** The § 43 report's sections: every participant counted for subsidy, and those from other municipalities (refusion). */
public enum ReportSection {
    SUBSIDY, REFUSION
}
