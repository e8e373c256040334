package dk.oplys.core.domain.enrolment;

/** How an enrolment reached the school: the participant online, or staff from a call or an e-mail. */
public enum Channel {
    WEB, PHONE, MAIL
}
