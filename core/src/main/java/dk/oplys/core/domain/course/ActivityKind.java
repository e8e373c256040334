package dk.oplys.core.domain.course;

/** Activity kinds under Folkeoplysningsloven; the subsidy fractions per kind are municipal data. */
public enum ActivityKind {
    /** Ordinary teaching (undervisning). */
    UNDERVISNING,
    /** Study circle (studiekreds). */
    STUDIEKREDS,
    /** Lecture (foredrag): never reported with CPR. */
    FOREDRAG,
    /** Debate activity (§ 8 stk. 3). */
    DEBAT,
    /** Instrumental teaching. */
    INSTRUMENTAL,
    /** Teaching for people with disabilities (§ 8 stk. 2). */
    HANDICAPUNDERVISNING,
    /** Flexible forms (fleksible tilrettelæggelsesformer). */
    FLEKSIBEL
}
