package dk.oplys.core.dsr;

/** How the request reached the school. */
public enum RequestChannel {
    ONLINE, PHONE, LETTER, EMAIL, IN_PERSON
}
