package dk.oplys.core.domain.consent;

/** What a consent is for. Each purpose is a separate consent; none is ever a condition of enrolment. */
public enum ConsentPurpose {
    /** Voluntary supplementary information such as interests (supplerende oplysninger). */
    SUPPLEMENTARY_INFO,
    /** The school's newsletter (nyhedsmail). */
    NEWSLETTER,
    /** Photos from classes on the school's website. */
    PHOTO
}
