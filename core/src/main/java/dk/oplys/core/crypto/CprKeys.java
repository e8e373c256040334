package dk.oplys.core.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect CPR numbers, read from a folder outside the database and the repository.
 *
 * <p>{@code cpr-enc-N.key} files hold AES-256 keys (Base64); the highest N encrypts, every N
 * decrypts, so a new key can be added and old ciphertexts re-encrypted while the system runs.
 * {@code cpr-index.key} holds the HMAC key of the duplicate-finding hash; it does not rotate
 * with the encryption key. When the folder is empty and auto-creation is allowed (development),
 * a first key pair is generated with owner-only permissions.
 */
public final class CprKeys {

    private static final Pattern ENC_FILE = Pattern.compile("cpr-enc-(\\d+)\\.key");
    private static final String INDEX_FILE = "cpr-index.key";
    /** Names the key new values are encrypted with; without it, the highest-numbered key. */
    static final String CURRENT_FILE = "cpr-enc-current";

    private final TreeMap<Integer, SecretKey> encryptionKeys;
    private final SecretKey indexKey;
    private final int currentId;

    CprKeys(Map<Integer, SecretKey> encryptionKeys, SecretKey indexKey, Integer current) {
        if (encryptionKeys.isEmpty()) {
            throw new IllegalStateException("no CPR encryption key");
        }
        this.encryptionKeys = new TreeMap<>(encryptionKeys);
        this.indexKey = indexKey;
        this.currentId = current != null ? current : this.encryptionKeys.lastKey();
        if (!this.encryptionKeys.containsKey(currentId)) {
            throw new IllegalStateException("the current CPR key " + currentId + " is not in the key folder");
        }
    }

    /** Loads the keys from a folder, creating a first pair there if allowed and none exist. */
    public static CprKeys load(Path folder, boolean createIfMissing) {
        try {
            if (createIfMissing) {
                createFirstKeys(folder);
            }
            Map<Integer, SecretKey> enc = new TreeMap<>();
            try (var files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Matcher m = ENC_FILE.matcher(p.getFileName().toString());
                    if (m.matches()) {
                        enc.put(Integer.parseInt(m.group(1)), readKey(p, "AES"));
                    }
                }
            }
            Path index = folder.resolve(INDEX_FILE);
            if (!Files.exists(index)) {
                throw new IllegalStateException("CPR index key missing in the key folder");
            }
            Path current = folder.resolve(CURRENT_FILE);
            Integer currentId = Files.exists(current)
                    ? Integer.valueOf(Files.readString(current, StandardCharsets.US_ASCII).strip()) : null;
            return new CprKeys(enc, readKey(index, "HmacSHA256"), currentId);
        } catch (IOException e) {
            throw new UncheckedIOException("CPR key folder cannot be read", e);
        }
    }

    /**
     * Writes a new encryption key with the next number. Where {@code cpr-enc-current} exists, the
     * new key only decrypts until it is activated ({@link #activate}); that lets every node load it
     * before any node writes with it (docs/cpr-keys.md).
     */
    public static int addEncryptionKey(Path folder) throws IOException {
        int next = 1;
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = ENC_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
                }
            }
        }
        writeKey(folder.resolve("cpr-enc-" + next + ".key"));
        return next;
    }

    /** Makes key {@code id} the one new values are encrypted with, on every node at its next reload. */
    public static void activate(Path folder, int id) throws IOException {
        if (!Files.exists(folder.resolve("cpr-enc-" + id + ".key"))) {
            throw new IllegalStateException("no CPR key " + id + " in the key folder");
        }
        Path tmp = folder.resolve(CURRENT_FILE + ".tmp");
        Files.writeString(tmp, Integer.toString(id), StandardCharsets.US_ASCII);
        Files.move(tmp, folder.resolve(CURRENT_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void createFirstKeys(Path folder) throws IOException {
        Files.createDirectories(folder);
        boolean anyEnc;
        try (var files = Files.list(folder)) {
            anyEnc = files.anyMatch(p -> ENC_FILE.matcher(p.getFileName().toString()).matches());
        }
        if (!anyEnc) {
            writeKey(folder.resolve("cpr-enc-1.key"));
        }
        if (!Files.exists(folder.resolve(INDEX_FILE))) {
            writeKey(folder.resolve(INDEX_FILE));
        }
    }

    private static void writeKey(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the folder's own protection has to do
        }
    }

    private static SecretKey readKey(Path file, String algorithm) throws IOException {
        byte[] raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (raw.length != 32) {
            throw new IllegalStateException("a CPR key must be 32 bytes: " + file.getFileName());
        }
        return new SecretKeySpec(raw, algorithm);
    }

    public int currentId() {
        return currentId;
    }

    /** The ids of the keys loaded (all can decrypt). */
    public java.util.Set<Integer> ids() {
        return java.util.Set.copyOf(encryptionKeys.keySet());
    }

    /** Whether {@code other} uses the same index key (it must never change: duplicate search relies on it). */
    public boolean sameIndexKey(CprKeys other) {
        return java.security.MessageDigest.isEqual(indexKey.getEncoded(), other.indexKey.getEncoded());
    }

    SecretKey encryptionKey(int id) {
        SecretKey key = encryptionKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("CPR key " + id + " is not available");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }
}
