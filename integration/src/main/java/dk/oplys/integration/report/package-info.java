/**
 * Municipal reports leaving the school: the same rows written as XML (the municipal-report-v1
 * schema, also the SOAP payload), JSON (pull), an Excel workbook and a PDF/A document. The rows
 * arrive already cut to the recipient's declared fields (core's disclosure policy); these writers
 * only lay them out, one row at a time.
 */
package dk.oplys.integration.report;
