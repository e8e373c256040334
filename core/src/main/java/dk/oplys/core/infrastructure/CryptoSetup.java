package dk.oplys.core.infrastructure;

import dk.oplys.integration.config.Settings;
import dk.oplys.core.crypto.CprKeys;
import dk.oplys.core.crypto.CprProtector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the CPR protector from the key folder (see {@link Settings#keysDir()}). */
@ApplicationScoped
public class CryptoSetup {

    private volatile CprProtector protector;

    /** Dependent scope (the protector is final, so not proxyable); the one instance is cached here. */
    @Produces
    CprProtector cprProtector() {
        CprProtector p = protector;
        if (p == null) {
            // Development machines get a generated key; production sets oplys.keys.autocreate=false
            // and provides the folder (see README, "CPR keys").
            p = new CprProtector(CprKeys.load(Settings.keysDir(), Settings.flag("oplys.keys.autocreate", true)));
            protector = p;
        }
        return p;
    }
}
