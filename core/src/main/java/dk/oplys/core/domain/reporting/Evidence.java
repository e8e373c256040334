package dk.oplys.core.domain.reporting;

/** What a municipality accepts as evidence for a reduced fee: a tro og love-erklæring (solemn declaration) or a document seen by staff. */
public enum Evidence {
    TRO_OG_LOVE, DOCUMENT
}
