package org.accredit.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
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
     * The console queue's summary without filters counts each status up to this many applications and
     * shows larger counts as "N+": exact counts would read every application on every page.
     */
    @WithDefault("1000")
    int queueCountCap();

    /**
     * Cross-origin calls from browsers (CORS, {@link BrowserPolicy}). Off unless origins are listed: then
     * only those origins get Access-Control-Allow-Origin and an answered preflight; others are refused.
     */
    Cors cors();

    interface Cors {

        /** The origins allowed (scheme://host[:port], comma separated), e.g. https://www.unodc.org. None: CORS off. */
        Optional<List<String>> origins();

        /** How long a browser may cache an answered preflight (Access-Control-Max-Age). */
        @WithDefault("PT1H")
        Duration maxAge();
    }

    /** Which other sites may show the pages in a frame (CSP frame-ancestors, {@link BrowserPolicy}). */
    Embedding embedding();

    interface Embedding {

        /** The origins that may embed the pages (scheme://host[:port], comma separated). None: no site may. */
        Optional<List<String>> origins();
    }

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
