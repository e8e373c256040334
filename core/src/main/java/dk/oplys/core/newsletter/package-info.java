/** The school's newsletter: sent only to those with an active newsletter consent, each mail with its own working unsubscribe link. */
package dk.oplys.core.newsletter;
