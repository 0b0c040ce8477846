package org.accredit.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.accredit.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to the packaged application (as Kubernetes sends it) while a request is in flight: readiness turns DOWN
 * at once, and the request, whose body is still arriving when the signal comes and is completed only after the
 * shutdown delay, is answered 201. Runs in the integration-test phase of {@code ./mvnw verify}, like
 * {@link ProductionStartIT}.
 */
class GracefulShutdownIT {

    private static final Duration DELAY = Duration.ofSeconds(3);

    @Test
    void readinessTurnsDownFirstAndARequestInFlightCompletes() throws Exception {
        Path data = Files.createTempDirectory("accredit-it-pg");
        String url = EmbeddedDatabase.start(data, ProductionStartIT.freePort(), true);
        Process app = null;
        try {
            int httpPort = ProductionStartIT.freePort();
            int managementPort = ProductionStartIT.freePort();
            Map<String, String> env = ProductionStartIT.requiredSettings();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            env.put("ACCREDIT_MANAGEMENT_PORT", Integer.toString(managementPort));
            env.put("ACCREDIT_SHUTDOWN_DELAY", DELAY.toSeconds() + "s");
            env.put("ACCREDIT_SHUTDOWN_TIMEOUT", "20s");
            Path log = Files.createTempFile("accredit-it", ".log");
            app = ProductionStartIT.launch(env, log);
            Instant until = Instant.now().plus(Duration.ofMinutes(4));
            while (!Files.readString(log).contains("Management interface listening")) {
                assertTrue(app.isAlive(), "the application stopped: " + Files.readString(log));
                assertTrue(Instant.now().isBefore(until), "the application did not start: " + Files.readString(log));
                Thread.sleep(500);
            }
            String ready = "http://127.0.0.1:" + managementPort + "/q/health/ready";
            assertEquals(200, status(ready));

            byte[] body = """
                    {"organization":{"name":"Graceful Shutdown Organization","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},
                     "contact":{"name":"Anne Dupont","email":"graceful@example.org"},"language":"en"}
                    """.getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", httpPort)) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 20);
                out.flush();
                Thread.sleep(300);

                app.destroy(); // SIGTERM
                Instant sent = Instant.now();
                int readiness = 200;
                while (readiness == 200 && Duration.between(sent, Instant.now()).compareTo(DELAY) < 0) {
                    readiness = status(ready);
                    Thread.sleep(100);
                }
                assertEquals(503, readiness, "readiness is DOWN during the shutdown delay");

                // the rest of the body comes after the delay: the server no longer takes new requests, but finishes this one
                Thread.sleep(DELAY.plusMillis(1000).toMillis());
                assertTrue(app.isAlive(), "still finishing the request in flight");
                out.write(body, 20, body.length - 20);
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String statusLine = in.readLine();
                assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 201"), "the request in flight completes: "
                        + statusLine + "\n" + Files.readString(log));
            }
            assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the application stops after the request");
        } finally {
            if (app != null && app.isAlive()) {
                app.destroyForcibly();
            }
            EmbeddedDatabase.stop();
        }
    }

    private static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(2000);
            return c.getResponseCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
