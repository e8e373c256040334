/**
 * Teachers' side of a course (own courses only, trimmed participant lists, attendance and sign-off)
 * and the office's side of teaching (attendance per course and participant, teaching hours for the
 * subsidy accounts, the school's teaching settings, mødeprotokol and mødekort as PDF).
 */
package dk.oplys.core.application.teaching;
