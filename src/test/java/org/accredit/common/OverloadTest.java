package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.accredit.support.RawHttp;
import org.accredit.support.RawHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Admission control with room for two requests ({@link OverloadProfile}). Two requests are held in the service by
 * clients that send their headers and only part of their body (no test-only code in the service: the request is
 * admitted when its headers arrive and stays until its response ends or its connection closes). The third request
 * is then answered 503 at once, while health, metrics and static files still answer; a client that disconnects,
 * a request that completes and requests that fail all leave the count.
 */
@QuarkusTest
@TestProfile(OverloadProfile.class)
class OverloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC_LIST = "/api/v1/public/accredited-organizations";

    @TestHTTPResource("/")
    URI base;

    @Inject
    Overload overload;

    private final List<Socket> holders = new ArrayList<>();

    @AfterEach
    void release() throws Exception {
        for (Socket s : holders) {
            s.close();
        }
        holders.clear();
        awaitInFlight(0);
    }

    @Test
    void pastTheBoundARequestIsRefusedAtOnceAndTheCountGoesBackToZero() throws Exception {
        awaitInFlight(0);
        Socket disconnects = hold();
        Socket completes = hold();
        awaitInFlight(2);

        Reply refused = raw().send("GET", PUBLIC_LIST, Map.of("Accept", "application/json"), null, false);
        assertEquals(503, refused.status(), refused.body());
        assertEquals(Problem.MEDIA_TYPE, refused.contentType());
        assertEquals("3", refused.header("Retry-After"), "2500ms rounded up to whole seconds");
        assertEquals("no-store", refused.header("Cache-Control"));
        assertEquals("nosniff", refused.header("X-Content-Type-Options"), "BrowserPolicy's headers are kept");
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("Service unavailable", problem.get("title").asText());
        assertEquals("The service is busy. Try again in 3 seconds.", problem.get("detail").asText());

        // a refused post with a small body keeps its connection: the next request on it is answered too
        try (Socket keepAlive = new Socket(base.getHost(), base.getPort())) {
            keepAlive.setSoTimeout(30_000);
            String body = "{\"language\": \"en\"}";
            String post = "POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body;
            keepAlive.getOutputStream().write((post + post).getBytes(StandardCharsets.UTF_8));
            keepAlive.getOutputStream().flush();
            InputStream in = keepAlive.getInputStream();
            assertEquals(503, statusOf(in));
            skipResponse(in);
            assertEquals(503, statusOf(in), "the second request on the same connection is answered");
        }
        // a large body is not read: its connection is closed after the answer
        Reply refusedPost = raw().send("POST", "/api/v1/applications", Map.of("Content-Type", "application/json"),
                ("{\"x\": \"" + "y".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8), false);
        assertEquals(503, refusedPost.status());
        assertEquals("close", refusedPost.header("Connection"));
        assertEquals("3", refusedPost.header("Retry-After"));

        // the console's pages: its error page, same status and Retry-After
        Reply page = raw().send("GET", "/console/login", Map.of("Accept", "text/html"), null, false);
        assertEquals(503, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals("3", page.header("Retry-After"));

        // never refused: health, metrics, static files
        assertEquals(200, raw().send("GET", "/q/health/live", Map.of(), null, false).status());
        assertEquals(200, raw().send("GET", "/q/health/ready", Map.of(), null, false).status());
        Reply metrics = raw().send("GET", "/q/metrics", Map.of(), null, false);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("accredit_http_overload_refused_total"), "the refusals are counted");
        assertTrue(metrics.body().contains("accredit_http_in_flight 2.0"), "the gauge shows the two held requests");
        assertEquals(200, raw().send("GET", "/css/accredit.css", Map.of(), null, false).status());
        assertEquals(2, overload.inFlight(), "neither the refusals nor the exempt requests were counted");

        // a client that goes away frees its place
        disconnects.close();
        awaitInFlight(1);
        assertEquals(200, raw().send("GET", PUBLIC_LIST, Map.of("Accept", "application/json"), null, false).status());

        // a held request that completes (here refused 400: not a submission) frees its place too
        OutputStream out = completes.getOutputStream();
        out.write("}".getBytes(StandardCharsets.UTF_8));
        out.flush();
        int status = statusOf(completes.getInputStream());
        assertEquals(400, status);
        awaitInFlight(0);
    }

    @Test
    void requestsThatFailLeaveTheCount() throws Exception {
        awaitInFlight(0);
        for (int i = 0; i < 5; i++) {
            assertEquals(404, raw().send("GET", "/api/v1/no-such-thing", Map.of(), null, false).status());
            assertEquals(400, raw().send("GET", PUBLIC_LIST + "?limit=abc", Map.of(), null, false).status());
            assertEquals(401, raw().send("GET", "/api/v1/applications", Map.of(), null, false).status());
            assertEquals(415, raw().send("POST", "/api/v1/applications", Map.of(), "{}".getBytes(StandardCharsets.UTF_8),
                    false).status());
        }
        awaitInFlight(0);
        // more sequential requests than the bound: none refused
        for (int i = 0; i < 3 * OverloadProfile.MAX_IN_FLIGHT; i++) {
            assertEquals(200, raw().send("GET", PUBLIC_LIST, Map.of(), null, false).status());
        }
    }

    @Test
    void theStaticPrefixesNameEveryDirectoryOfTheStaticFiles() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("src/main/resources/META-INF/resources"))) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                assertTrue(Files.isDirectory(p), "a static file outside a directory of Overload.STATIC_PREFIXES: " + name);
                assertTrue(Overload.STATIC_PREFIXES.contains("/" + name + "/"),
                        "Overload.STATIC_PREFIXES does not name /" + name + "/");
            });
        }
        assertTrue(Overload.exempt("/q/health/ready"));
        assertFalse(Overload.exempt("/api/v1/public/accredited-organizations"));
        assertFalse(Overload.exempt("/cssx"));
    }

    /** Opens a connection that sends a submission's headers and the start of its body, then waits. */
    private Socket hold() throws IOException {
        Socket s = new Socket(base.getHost(), base.getPort());
        s.setSoTimeout(30_000);
        holders.add(s);
        String start = "{\"language\": \"en\"";
        String head = "POST /api/v1/applications HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (start.length() + 1) + "\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write((head + start).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return s;
    }

    /** Reads the rest of a response whose status line was read: headers, then Content-Length bytes of body. */
    private static void skipResponse(InputStream in) throws IOException {
        int length = 0;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c == -1) {
                throw new IOException("connection closed in the headers");
            }
            if (c != '\n') {
                line.append((char) c);
                continue;
            }
            String header = line.toString().trim();
            line.setLength(0);
            if (header.isEmpty()) {
                break;
            }
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            }
        }
        in.readNBytes(length);
    }

    private static int statusOf(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        return Integer.parseInt(line.toString().split(" ")[1]);
    }

    /** Waits until the count is {@code expected}: a request leaves it when its end reaches the event loop. */
    private void awaitInFlight(int expected) throws InterruptedException {
        IntSupplier count = overload::inFlight;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (count.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, count.getAsInt(), "requests in flight");
    }

    private RawHttp raw() {
        return new RawHttp(base);
    }
}
