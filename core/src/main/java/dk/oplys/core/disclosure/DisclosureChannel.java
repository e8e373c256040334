package dk.oplys.core.disclosure;

/** How a disclosure left the school. */
public enum DisclosureChannel {
    SOAP, REST_PULL, FILE_DOWNLOAD, EMAIL, REDIRECT, PAGE
}
