/**
 * Retention: rules per kind of data kept as data per school, legal holds, the daily job that
 * deletes or anonymises what is due through each area's {@link dk.oplys.core.retention.RetentionTarget},
 * and the journal that keeps a restored backup from bringing deleted people back.
 */
package dk.oplys.core.retention;
