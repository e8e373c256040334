package dk.oplys.core.domain.reporting;

/**
 * DRAFT: made and previewable by staff only. RELEASED: addressed to the municipality, which may
 * now fetch it (pull, files). SENT: also delivered to the municipality's system, with a receipt.
 * SUPERSEDED: a later version of the same report exists.
 */
public enum ReportStatus {
    DRAFT, RELEASED, SENT, SUPERSEDED;

    public boolean visibleToMunicipality() {
        return this == RELEASED || this == SENT;
    }
}
