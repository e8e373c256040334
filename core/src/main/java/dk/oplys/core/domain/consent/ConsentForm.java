package dk.oplys.core.domain.consent;

/** How a consent (or its withdrawal) was given. */
public enum ConsentForm {
    /** A checkbox ticked by the person on the web page. */
    CHECKBOX_ONLINE,
    /** Said on the phone to staff, who recorded it. */
    ORAL_PHONE,
    /** Written in an e-mail or letter. */
    EMAIL
}
