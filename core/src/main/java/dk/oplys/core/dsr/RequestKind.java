package dk.oplys.core.dsr;

/** The rights a person can exercise (GDPR art. 15-21). */
public enum RequestKind {
    ACCESS, RECTIFICATION, ERASURE, PORTABILITY, OBJECTION
}
