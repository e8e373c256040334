package dk.oplys.core.crypto;

import dk.oplys.core.domain.participant.Cpr;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts CPR numbers at rest with AES-256-GCM (authenticated) and computes the keyed hash used to
 * find duplicates. The ciphertext is bound to its school (additional authenticated data), so a
 * value copied into another school's row does not decrypt.
 *
 * <p>Format: {@code v<keyId>:<base64(iv || ciphertext+tag)>}.
 */
public final class CprProtector {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private volatile CprKeys keys;
    private final SecureRandom random = new SecureRandom();

    public CprProtector(CprKeys keys) {
        this.keys = keys;
    }

    /**
     * Switches to a reloaded key set (a new key added or activated), without a restart. The index
     * key must be the same: a changed one would make every stored hash unfindable.
     */
    public void use(CprKeys reloaded) {
        if (!keys.sameIndexKey(reloaded)) {
            throw new IllegalStateException("the CPR index key changed; refusing to reload");
        }
        keys = reloaded;
    }

    public int currentKeyId() {
        return keys.currentId();
    }

    public java.util.Set<Integer> keyIds() {
        return keys.ids();
    }

    /** The key a stored value was written with. */
    public static int keyIdOf(String stored) {
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            throw new IllegalStateException("stored CPR has an unknown format");
        }
        return Integer.parseInt(stored.substring(1, colon));
    }

    public String encrypt(Cpr cpr, long schoolId) {
        CprKeys keys = this.keys;
        int keyId = keys.currentId();
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.encryptionKey(keyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(schoolId));
            byte[] ct = cipher.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII));
            byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
            return "v" + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR encryption failed", e);
        }
    }

    public Cpr decrypt(String stored, long schoolId) {
        int colon = stored.indexOf(':');
        int keyId = keyIdOf(stored);
        CprKeys keys = this.keys;
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.encryptionKey(keyId), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(aad(schoolId));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return Cpr.parse(new String(plain, StandardCharsets.US_ASCII))
                    .orElseThrow(() -> new IllegalStateException("stored CPR does not parse"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored CPR cannot be decrypted", e);
        }
    }

    /** Whether a stored value was written with an older key and should be re-encrypted. */
    public boolean needsReencryption(String stored) {
        return !stored.startsWith("v" + keys.currentId() + ":");
    }

    /** HMAC-SHA256 of the ten digits, hex: equal numbers give equal hashes, per deployment key. */
    public String indexHash(Cpr cpr) {
        CprKeys keys = this.keys;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            return HexFormat.of().formatHex(mac.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR hashing failed", e);
        }
    }

    private static byte[] aad(long schoolId) {
        return ("oplys-cpr:school:" + schoolId).getBytes(StandardCharsets.US_ASCII);
    }
}
