package org.accredit.db;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import java.util.Set;

/**
 * Starts Accredit. In the dev and local profiles, when no datasource URL is configured (a
 * newcomer's first run), it first starts an embedded PostgreSQL so the service runs with nothing
 * but a JDK. In production (the default profile) it never does: there the datasource URL is a
 * required setting and a start without it fails at once (application.properties).
 */
@QuarkusMain
public class AccreditMain {

    /** The profiles in which the embedded PostgreSQL may stand in for a real one. */
    static final Set<String> EMBEDDED_DATABASE_PROFILES = Set.of("dev", "local", "test");

    /** The class of the embedded-database library, which the production build leaves out (pom.xml). */
    private static final String EMBEDDED_LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final String RUNTIME_CLASS_LOADER = "Quarkus Runtime ClassLoader: ";

    public static void main(String... args) {
        if (embeddedDatabaseAllowed(activeProfiles()) && !datasourceUrlConfigured()) {
            if (!embeddedLibraryPresent()) {
                System.err.println("Accredit: no datasource URL (quarkus.datasource.jdbc.url, QUARKUS_DATASOURCE_JDBC_URL) "
                        + "and this build holds no embedded PostgreSQL; build with -Dquarkus.profile=local or set the URL.");
                System.exit(1);
            }
            EmbeddedDatabase.startWithDefaults();
        }
        Quarkus.run(args);
    }

    /** The active profiles: quarkus.profile (system property or QUARKUS_PROFILE), else the launch mode's. */
    static String activeProfiles() {
        String profile = System.getProperty("quarkus.profile");
        if (profile == null || profile.isBlank()) {
            profile = System.getenv("QUARKUS_PROFILE");
        }
        if (profile == null || profile.isBlank()) {
            profile = profileOfClassLoader(AccreditMain.class.getClassLoader());
        }
        if (profile == null || profile.isBlank()) {
            profile = LaunchMode.current().getDefaultProfile();
        }
        return profile;
    }

    /**
     * Dev mode ({@code ./mvnw quarkus:dev}) runs this class in a class loader named
     * "Quarkus Runtime ClassLoader: DEV ..." and calls main before Quarkus has set its launch mode;
     * the packaged application's loader has no such name.
     */
    static String profileOfClassLoader(ClassLoader loader) {
        String name = loader == null ? null : loader.getName();
        if (name == null || !name.startsWith(RUNTIME_CLASS_LOADER)) {
            return null;
        }
        String mode = name.substring(RUNTIME_CLASS_LOADER.length());
        return mode.startsWith("DEV") ? "dev" : mode.startsWith("TEST") ? "test" : null;
    }

    static boolean embeddedDatabaseAllowed(String profiles) {
        return Arrays.stream(profiles.split(",")).map(String::strip).anyMatch(EMBEDDED_DATABASE_PROFILES::contains);
    }

    private static boolean datasourceUrlConfigured() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    private static boolean embeddedLibraryPresent() {
        try {
            Class.forName(EMBEDDED_LIBRARY, false, AccreditMain.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
