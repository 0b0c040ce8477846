package org.accredit.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Accredit. When no datasource URL is configured (a newcomer's first run), it first starts
 * an embedded PostgreSQL so the service runs with nothing but a JDK.
 */
@QuarkusMain
public class AccreditMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoUrlConfigured();
        Quarkus.run(args);
    }
}
