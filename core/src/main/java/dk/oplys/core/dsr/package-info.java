/**
 * Data-subject rights: the register of requests (access, rectification, erasure, portability,
 * objection) with their one-month deadline, the export of everything held about a person, erasure
 * that keeps only what the law requires, and the participant's own online access.
 */
package dk.oplys.core.dsr;
