package org.accredit.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.accredit.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A service whose heap is exhausted must die, so that Kubernetes replaces it, rather than linger half-broken
 * (issue 14: later requests hung, a pooled connection was left half-read, a row lock stayed held). Starts the
 * packaged jar with the JVM flags that ship, read from deploy/base/configmap.yaml (JAVA_OPTS_APPEND; the image's
 * Dockerfile carries the same, checked by deploy/validate/dockerfile-check.mjs), and exhausts its heap for real
 * with {@link HeapExhauster}, a Java agent this test packs from its own class (no test hook in the service):
 * once a trigger file appears the agent fills the heap with arrays it keeps, so the OutOfMemoryError comes at a
 * moment the test chooses, every time. With -XX:+ExitOnOutOfMemoryError the process exits, non-zero, soon after;
 * the same start without that flag stays alive with its heap full, which shows the first check can fail.
 */
class OutOfMemoryExitIT {

    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(60);

    private static Path work;
    private static String databaseUrl;

    @BeforeAll
    static void database() throws Exception {
        work = Files.createTempDirectory("accredit-it-oom");
        databaseUrl = EmbeddedDatabase.start(work.resolve("pg"), ProductionStartIT.freePort(), true);
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        EmbeddedDatabase.stop();
        try (java.util.stream.Stream<Path> files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theShippedFlagsMakeTheServiceExitWhenItsHeapIsExhausted() throws Exception {
        List<String> flags = shippedFlags();
        assertTrue(flags.contains(FLAG), "the ConfigMap's JAVA_OPTS_APPEND carries " + FLAG + ": " + flags);
        Started app = start(flags, "with");
        try {
            Files.writeString(app.trigger, "now");
            assertTrue(app.process.waitFor(EXIT_WITHIN.toSeconds(), TimeUnit.SECONDS),
                    "the service exits once its heap is exhausted:\n" + tail(app.log));
            assertNotEquals(0, app.process.exitValue(), "a non-zero exit status, for the orchestrator to restart it");
            assertTrue(Files.readString(app.log).contains("Terminating due to java.lang.OutOfMemoryError"), tail(app.log));
        } finally {
            app.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutTheFlagTheServiceLingersWithItsHeapExhausted() throws Exception {
        List<String> flags = new ArrayList<>(shippedFlags());
        flags.remove(FLAG);
        Started app = start(flags, "without");
        try {
            Files.writeString(app.trigger, "now");
            Path exhausted = Path.of(app.trigger + ".exhausted");
            Instant until = Instant.now().plus(EXIT_WITHIN);
            while (!Files.exists(exhausted)) {
                assertTrue(app.process.isAlive(), "without the flag the JVM does not exit:\n" + tail(app.log));
                assertTrue(Instant.now().isBefore(until), "the agent did not exhaust the heap:\n" + tail(app.log));
                Thread.sleep(200);
            }
            // as long as the check above waits for an exit: still there, its heap full
            assertEquals(false, app.process.waitFor(EXIT_WITHIN.toSeconds(), TimeUnit.SECONDS),
                    "without the flag the process stays alive after an OutOfMemoryError");
        } finally {
            app.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private record Started(Process process, Path trigger, Path log) {
    }

    /** Starts the packaged service with {@code flags} and the agent, and waits until it has answered one request. */
    private static Started start(List<String> flags, String name) throws Exception {
        Path trigger = work.resolve("exhaust-" + name);
        Files.deleteIfExists(trigger);
        Files.deleteIfExists(Path.of(trigger + ".exhausted"));
        List<String> jvm = new ArrayList<>(flags);
        jvm.add("-javaagent:" + agentJar() + "=" + trigger);
        int httpPort = ProductionStartIT.freePort();
        Map<String, String> env = ProductionStartIT.requiredSettings();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
        env.put("ACCREDIT_MANAGEMENT_PORT", Integer.toString(ProductionStartIT.freePort()));
        env.put("MALLOC_ARENA_MAX", "1");
        Path log = work.resolve("service-" + name + ".log");
        Process process = ProductionStartIT.launch(jvm, env, log);
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (!Files.readString(log).contains("Management interface listening")) {
            assertTrue(process.isAlive(), "the service stopped:\n" + Files.readString(log));
            assertTrue(Instant.now().isBefore(until), "the service did not start:\n" + Files.readString(log));
            Thread.sleep(500);
        }
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + httpPort + "/api/v1/calls").toURL()
                .openConnection();
        assertEquals(200, c.getResponseCode(), "the service works before its heap is exhausted");
        c.disconnect();
        return new Started(process, trigger, log);
    }

    /** The words of JAVA_OPTS_APPEND in deploy/base/configmap.yaml: what production runs with. */
    static List<String> shippedFlags() throws IOException {
        JsonNode configMap = new YAMLMapper().readTree(Path.of("deploy/base/configmap.yaml").toFile());
        String opts = configMap.path("data").path("JAVA_OPTS_APPEND").asText();
        assertTrue(!opts.isBlank(), "deploy/base/configmap.yaml has no JAVA_OPTS_APPEND");
        return Arrays.stream(opts.trim().split("\\s+")).toList();
    }

    /** Packs {@link HeapExhauster}, as compiled with the tests, into an agent jar. */
    private static Path agentJar() throws IOException {
        Path jar = work.resolve("heap-exhauster.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), HeapExhauster.class.getName());
        String entry = HeapExhauster.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = HeapExhauster.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
