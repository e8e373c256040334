/** CPR key rotation: reloading the key folder without a restart, and re-encrypting stored values. */
package dk.oplys.core.application.keys;
