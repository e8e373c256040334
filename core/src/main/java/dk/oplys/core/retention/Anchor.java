package dk.oplys.core.retention;

/** What a retention period counts from. */
public enum Anchor {
    /**
     * The end of the school's fiscal year in which the person's last course ended (the
     * bookkeeping rule: a new course restarts the clock).
     */
    END_OF_FISCAL_YEAR_OF_LAST_COURSE,
    /** The last lesson of the course the record belongs to. */
    COURSE_END,
    /** The end of the activity the record belongs to (an event, an engagement): in Oplys, its course's last lesson. */
    EVENT_END,
    /** The course's first lesson (also for a course cancelled before it started). */
    COURSE_START_OR_CANCELLED,
    /** The moment the consent the record rests on was withdrawn. */
    CONSENT_WITHDRAWN,
    /** The moment the record was written. */
    RECORD_CREATED
}
