package cn.rxzf.portal.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id password hashes in the PHC string format (OWASP's minimum: 19 MiB, 2 passes, 1 lane). */
public final class Passwords {
    private static final int MEMORY_KB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MIN_LENGTH = 12;

    private Passwords() {}

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KB, ITERATIONS, 1);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KB + ",t=" + ITERATIONS + ",p=1$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(out);
    }

    public static boolean verify(String password, String encoded) {
        try {
            String[] parts = encoded.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id")) return false;
            int m = 0, t = 0, p = 0;
            for (String kv : parts[3].split(",")) {
                int v = Integer.parseInt(kv.substring(2));
                switch (kv.charAt(0)) {
                    case 'm' -> m = v;
                    case 't' -> t = v;
                    case 'p' -> p = v;
                    default -> { return false; }
                }
            }
            byte[] salt = Base64.getDecoder().decode(parts[4]);
            byte[] expected = Base64.getDecoder().decode(parts[5]);
            return MessageDigest.isEqual(expected, derive(password, salt, m, t, p));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same time as a real check, so that unknown user names cannot be told apart by timing. */
    public static void burn(String password) {
        derive(password, new byte[16], MEMORY_KB, ITERATIONS, 1);
    }

    private static byte[] derive(String password, byte[] salt, int memoryKb, int iterations, int lanes) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKb)
                .withIterations(iterations).withParallelism(lanes).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
