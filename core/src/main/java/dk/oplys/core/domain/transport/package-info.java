/**
 * Transport (kørsel): a participant's transport need, the school's hauliers (vognmænd) and the
 * driving schedule (kørselsplan) a haulier receives, versioned so every change is told and kept.
 */
package dk.oplys.core.domain.transport;
