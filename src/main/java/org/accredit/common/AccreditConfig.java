package org.accredit.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** Settings shared by every feature. */
@ConfigMapping(prefix = "accredit")
public interface AccreditConfig {

    /** The time zone in which deadlines and calls are shown and computed (the Committee sits in New York). */
    @WithDefault("America/New_York")
    ZoneId zone();

    /** Prefix of human-readable application references, e.g. AHC-2026-00042. */
    @WithDefault("AHC")
    String referencePrefix();

    /** Four eyes: the staff member who recommended an application may not decide on it. */
    @WithDefault("true")
    boolean fourEyes();

    /** Largest JSON request body in bytes (the ECOSOC CSV import is bounded by quarkus.http.limits.max-body-size). */
    @WithDefault("65536")
    long maxJsonBody();

    /**
     * Longest request URI (path and query) in characters; longer ones answer 414 (problem+json). Keep it
     * below quarkus.http.limits.max-initial-line-length, above which the HTTP server answers itself.
     */
    @WithDefault("8192")
    int maxUriLength();

    /** Largest page a list endpoint returns. */
    @WithDefault("100")
    int maxPageSize();

    /**
     * The embedded PostgreSQL of local runs, started by db.AccreditMain before Quarkus when no
     * datasource URL is set (it reads these keys as system properties; they are declared here so the
     * configuration knows them).
     */
    EmbeddedDb embeddedDb();

    interface EmbeddedDb {

        /** Data directory; default ~/.accredit/pgdata (or ACCREDIT_EMBEDDED_DB_DIR). */
        Optional<String> dir();

        @WithDefault("54329")
        int port();
    }
}
