/**
 * A stand-in for the payment provider, for the demo only: its payment window and its SOAP
 * back office. Off unless {@code oplys.epay.simulator=true} (the run script sets it); production
 * leaves it off and points {@code oplys.epay.*} at the real provider.
 */
package dk.oplys.web.dev;
