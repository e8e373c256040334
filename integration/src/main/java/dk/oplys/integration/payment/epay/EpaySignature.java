package dk.oplys.integration.payment.epay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * ePay's signature: the MD5 of every parameter value in the order sent, followed by the shared
 * secret, as lower-case hex. MD5 is what the provider's protocol prescribes; the secret, not the
 * hash function, is what makes a forged callback fail.
 */
public final class EpaySignature {

    public static final String HASH = "hash";

    private EpaySignature() {
    }

    /** The hash over {@code parameters} in their iteration order, leaving out any "hash" entry. */
    public static String of(Map<String, String> parameters, String secret) {
        StringBuilder values = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!HASH.equals(name)) {
                values.append(value);
            }
        });
        values.append(secret);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(values.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java", e);
        }
    }

    /** Compares in constant time, so the answer time tells nothing about how much of a guess was right. */
    public static boolean matches(Map<String, String> parameters, String secret) {
        String given = parameters.get(HASH);
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(of(parameters, secret).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase().getBytes(StandardCharsets.US_ASCII));
    }
}
