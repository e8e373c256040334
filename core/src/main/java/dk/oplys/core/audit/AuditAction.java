package dk.oplys.core.audit;

/** What was done to a person's data. */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, EXPORT, DELETE, DISCLOSE
}
