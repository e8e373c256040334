/**
 * Delivery of municipal reports to a municipality's own system over SOAP (municipal-report-v1),
 * through the server's CXF.
 */
package dk.oplys.integration.municipal;
