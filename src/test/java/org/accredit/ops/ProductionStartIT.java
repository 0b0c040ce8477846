package org.accredit.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.accredit.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged production application ({@code ./mvnw package}, default profile) as a
 * separate process, as an operator would: {@code java -jar target/quarkus-app/quarkus-run.jar}.
 * Runs in the integration-test phase of {@code ./mvnw verify} (failsafe), after the jar is built.
 */
class ProductionStartIT {

    private static final Path APP = Path.of(System.getProperty("accredit.app-dir", "target/quarkus-app"));

    /** Every required production setting, pointing nowhere in particular (the start fails before using them). */
    static Map<String, String> requiredSettings() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:9/accredit");
        env.put("ACCREDIT_OIDC_URL", "http://127.0.0.1:9/realms/accredit");
        env.put("ACCREDIT_PUBLIC_URL", "https://accredit.example.org");
        env.put("ACCREDIT_SMTP_HOST", "smtp.example.org");
        env.put("ACCREDIT_CONSOLE_SECRET", "production-start-test-console-secret-0123456789");
        env.put("ACCREDIT_OIDC_CLIENT_SECRET", "production-start-test-client-secret");
        return env;
    }

    @Test
    void withoutADatasourceUrlTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        assertFailsNaming(env, "quarkus.datasource.jdbc.url");
    }

    @Test
    void aMisspeltDatasourceUrlKeyFailsTheStartNamingTheRealKey() throws Exception {
        Map<String, String> env = requiredSettings();
        env.put("QUARKUS_DATASOURCE_JDBC_ULR", env.remove("QUARKUS_DATASOURCE_JDBC_URL"));
        assertFailsNaming(env, "quarkus.datasource.jdbc.url");
    }

    @Test
    void withNothingConfiguredTheStartFailsAndStartsNoEmbeddedDatabase() throws Exception {
        String output = assertFailsNaming(new HashMap<>(), "quarkus.datasource.jdbc.url");
        for (String setting : List.of("quarkus.oidc.auth-server-url", "accredit.mail.public-url", "quarkus.mailer.host",
                "accredit.console.csrf-secret", "quarkus.oidc.console.credentials.secret")) {
            assertTrue(output.contains(setting), "every missing setting is named at once, " + setting + ": " + output);
        }
        assertTrue(!output.contains("Embedded PostgreSQL"), "no embedded database in production: " + output);
    }

    @Test
    void withoutAnIdentityProviderTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("ACCREDIT_OIDC_URL");
        assertFailsNaming(env, "quarkus.oidc.auth-server-url");
    }

    @Test
    void withoutAPublicUrlTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("ACCREDIT_PUBLIC_URL");
        assertFailsNaming(env, "accredit.mail.public-url");
    }

    @Test
    void withoutAnSmtpHostTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("ACCREDIT_SMTP_HOST");
        assertFailsNaming(env, "quarkus.mailer.host");
    }

    @Test
    void withoutAConsoleSecretTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("ACCREDIT_CONSOLE_SECRET");
        assertFailsNaming(env, "accredit.console.csrf-secret");
    }

    @Test
    void withoutTheConsolesClientSecretTheStartFailsNamingIt() throws Exception {
        Map<String, String> env = requiredSettings();
        env.remove("ACCREDIT_OIDC_CLIENT_SECRET");
        assertFailsNaming(env, "quarkus.oidc.console.credentials.secret");
    }

    @Test
    void theProductionBuildHoldsNoEmbeddedDatabase() throws IOException {
        try (Stream<Path> files = Files.walk(APP.resolve("lib"))) {
            List<String> zonky = files.map(p -> p.getFileName().toString()).filter(n -> n.contains("zonky")).toList();
            assertEquals(List.of(), zonky);
        }
    }

    /** A full production start: the API on the public port, health, metrics and OpenAPI on the management port only. */
    @Test
    void managementEndpointsAreServedOnlyOnTheManagementPort() throws Exception {
        Path data = Files.createTempDirectory("accredit-it-pg");
        String url = EmbeddedDatabase.start(data, freePort(), true);
        Process app = null;
        try {
            int httpPort = freePort();
            int managementPort = freePort();
            Map<String, String> env = requiredSettings();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            env.put("ACCREDIT_MANAGEMENT_PORT", Integer.toString(managementPort));
            Path log = Files.createTempFile("accredit-it", ".log");
            app = launch(env, log);
            Instant until = Instant.now().plus(Duration.ofMinutes(4));
            while (!Files.readString(log).contains("Management interface listening")) {
                assertTrue(app.isAlive(), "the application stopped: " + Files.readString(log));
                assertTrue(Instant.now().isBefore(until), "the application did not start: " + Files.readString(log));
                Thread.sleep(500);
            }
            assertLogIsJson(Files.readString(log));
            String publicBase = "http://127.0.0.1:" + httpPort;
            String managementBase = "http://127.0.0.1:" + managementPort;
            given().baseUri(publicBase).get("/api/v1/calls").then().statusCode(200);
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/")) {
                given().baseUri(publicBase).get(path).then().statusCode(404);
            }
            given().baseUri(managementBase).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(managementBase).get("/q/metrics").then().statusCode(200);
            given().baseUri(managementBase).get("/q/openapi?format=json").then().statusCode(200)
                    .body("info.title", equalTo("Accredit API"));
            given().baseUri(managementBase).get("/api/v1/calls").then().statusCode(404);
        } finally {
            if (app != null) {
                app.destroy();
                if (!app.waitFor(30, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            }
            EmbeddedDatabase.stop();
        }
    }

    /**
     * Production logs JSON (quarkus-logging-json): every line the application wrote is one JSON object with a
     * timestamp, a level and a message, the start-up lines included.
     */
    static void assertLogIsJson(String output) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() >= 3, "the start logs something: " + output);
        boolean started = false;
        for (String line : lines) {
            JsonNode record;
            try {
                record = json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertTrue(record.isObject() && record.hasNonNull("timestamp") && record.hasNonNull("level")
                    && record.has("message"), "a JSON log record: " + line);
            started |= record.get("message").asText().contains("Management interface listening");
        }
        assertTrue(started, "the start-up line is among them: " + output);
    }

    /** Starts the jar with exactly {@code settings} as its environment, waits for it to stop, and returns its output. */
    private static String assertFailsNaming(Map<String, String> settings, String setting) throws Exception {
        Path log = Files.createTempFile("accredit-it", ".log");
        Map<String, String> env = new HashMap<>(settings);
        env.putIfAbsent("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        env.putIfAbsent("ACCREDIT_MANAGEMENT_PORT", Integer.toString(freePort()));
        Process app = launch(env, log);
        try {
            assertTrue(app.waitFor(3, TimeUnit.MINUTES), "the start did not fail at once: " + Files.readString(log));
        } finally {
            app.destroyForcibly();
        }
        String output = Files.readString(log);
        assertNotEquals(0, app.exitValue(), output);
        assertTrue(output.contains(setting), "the failure names " + setting + ": " + output);
        return output;
    }

    static Process launch(Map<String, String> settings, Path log) throws IOException {
        return launch(List.of(), settings, log);
    }

    /** Starts the jar with {@code jvmFlags} before {@code -jar} (OutOfMemoryExitIT: the flags that ship). */
    static Process launch(List<String> jvmFlags, Map<String, String> settings, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(APP.resolve("quarkus-run.jar").toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        env.clear();
        if (path != null) {
            env.put("PATH", path);
        }
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        env.putAll(settings);
        return builder.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
