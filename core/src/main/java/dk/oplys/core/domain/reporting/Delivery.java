package dk.oplys.core.domain.reporting;

/** How a municipality wants its reports: its system's SOAP interface, files (download/pull), or both. */
public enum Delivery {
    SOAP, FILE, BOTH;

    public boolean soap() {
        return this != FILE;
    }
}
