/**
 * Transport: transport needs (staff and the participant themself), hauliers and their assignment
 * to courses, the versioned driving schedule (kørselsplan) and its sharing with the haulier (REST,
 * PDF, change notices by mail), each sharing logged as a disclosure.
 */
package dk.oplys.core.application.transport;
