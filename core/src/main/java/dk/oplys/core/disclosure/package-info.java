/**
 * Minimal disclosure: which recipient may receive which fields of a person, on which legal basis
 * ({@link dk.oplys.core.disclosure.Recipient}), and the log of every disclosure made
 * ({@link dk.oplys.core.disclosure.DisclosureLog}).
 */
package dk.oplys.core.disclosure;
