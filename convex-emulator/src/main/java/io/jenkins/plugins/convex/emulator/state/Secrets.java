package io.jenkins.plugins.convex.emulator.state;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Random secrets for tokens and keys. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
