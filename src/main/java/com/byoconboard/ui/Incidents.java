package com.byoconboard.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Logs an unexpected error in full under a short id that the user can quote to support. */
public final class Incidents {

    private static final Logger LOG = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /** Logs {@code error} and returns its incident id, e.g. {@code INC-3f9a12c4}. */
    public static String record(Throwable error) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = "INC-" + HexFormat.of().formatHex(bytes);
        LOG.error("Incident {}", id, error);
        return id;
    }
}
