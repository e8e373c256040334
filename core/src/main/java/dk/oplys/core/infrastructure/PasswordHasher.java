package dk.oplys.core.infrastructure;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes login passwords with bcrypt in modular-crypt form, exactly as the server's Elytron JDBC
 * realm verifies them. Nothing stores or logs a password in clear.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^12 rounds, about a quarter of a second on the target machines. */
    public static final int COST = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return hash(password, COST);
    }

    public static String hash(char[] password, int cost) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            RANDOM.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            var spec = new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(cost, salt));
            return ModularCrypt.encodeAsString(factory.generatePassword(spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("password hashing failed", e);
        }
    }
}
