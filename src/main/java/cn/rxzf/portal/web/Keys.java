package cn.rxzf.portal.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's secrets, all derived from one 32-byte key file: signing form tokens, hashing client addresses (the
 * database never holds one in clear) and encrypting personal data at rest (AES-256-GCM). Instances that share a
 * database must share the key file.
 */
public final class Keys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] signing;
    private final byte[] hashing;
    private final SecretKeySpec encryption;
    private final byte[] fingerprint;

    Keys(byte[] root) {
        if (root.length != 32) throw new IllegalArgumentException("the secret key must be 32 bytes");
        signing = derive(root, "form-tokens");
        hashing = derive(root, "client-addresses");
        encryption = new SecretKeySpec(derive(root, "personal-data"), "AES");
        fingerprint = derive(root, "fingerprint");
    }

    /** Reads the key file, creating it (owner-only permissions) when absent. */
    public static Keys load(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                return new Keys(Files.readAllBytes(file)); // another instance made it first
            }
            Files.write(file, key, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        }
        return new Keys(Files.readAllBytes(file));
    }

    public static Keys random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new Keys(key);
    }

    public byte[] sign(String message) {
        return hmac(signing, message.getBytes(StandardCharsets.UTF_8));
    }

    /** A stable pseudonym of a client address, for rate limits and the audit log. */
    public String clientHash(String address) {
        return java.util.HexFormat.of().formatHex(hmac(hashing, address.getBytes(StandardCharsets.UTF_8)), 0, 12);
    }

    /**
     * Records this key's fingerprint in the shared database, or checks it against the one recorded: instances with
     * different keys would reject each other's form tokens and could not read each other's encrypted data.
     */
    public void checkAgainst(org.jdbi.v3.core.Jdbi jdbi) {
        byte[] recorded = jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO key_fingerprint (fingerprint) VALUES (:f) ON CONFLICT DO NOTHING")
                    .bind("f", fingerprint).execute();
            return h.createQuery("SELECT fingerprint FROM key_fingerprint").mapTo(byte[].class).one();
        });
        if (!java.security.MessageDigest.isEqual(recorded, fingerprint)) {
            throw new IllegalStateException("this instance's secret key differs from the one the database was set up "
                    + "with: give every instance the same --secret-key-file");
        }
    }

    /** Encrypts text as IV ‖ ciphertext ‖ tag; null stays null. */
    public byte[] encrypt(String text) {
        return text == null ? null : encrypt(text.getBytes(StandardCharsets.UTF_8));
    }

    public String decrypt(byte[] data) {
        return data == null ? null : new String(decryptBytes(data), StandardCharsets.UTF_8);
    }

    /** Encrypts bytes (an attachment) as IV ‖ ciphertext ‖ tag, with the same key as personal data. */
    public byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(128, iv));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes {@link #encrypt(byte[])} sealed; fails when they were changed or sealed with another key. */
    public byte[] decryptBytes(byte[] data) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(128, data, 0, 12));
            return c.doFinal(data, 12, data.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted: wrong key?", e);
        }
    }

    /** One {@code Mac} per thread: looking the algorithm up cost more than the hashing (every request hashes its client). */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = MAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] root, String purpose) {
        return Arrays.copyOf(hmac(root, purpose.getBytes(StandardCharsets.UTF_8)), 32);
    }
}
