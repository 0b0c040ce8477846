package org.accredit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public POSTs are limited per client address and per recipient address, answered with 429
 * problem+json and Retry-After, and the client address is the TCP peer unless the peer is a trusted
 * proxy. Requests go over plain sockets so a test can choose the local address it connects from
 * (127.0.0.1: a client; 127.0.0.2: the trusted proxy). Each test runs in its own hour (TestClock),
 * so its windows are its own and never cross a window boundary.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    private static final AtomicInteger HOUR = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CLIENT = "127.0.0.1";

    @Inject
    TestClock clock;
    @Inject
    RateLimiter limiter;
    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void ownWindow() {
        // a minute into an hour of its own, far from the other tests' hours
        Instant start = Instant.parse("2031-01-01T00:01:00Z").plus(Duration.ofHours(1000L * HOUR.incrementAndGet()
                + (System.nanoTime() % 997)));
        clock.travelTo(start);
    }

    @AfterEach
    void back() {
        clock.reset();
    }

    @Test
    void aClientPastItsLimitGets429WithRetryAfterOnEveryPublicPost() throws IOException {
        String badSecret = "tS3cr3t-" + "x".repeat(40);
        for (int i = 0; i < RateLimitProfile.PER_CLIENT; i++) {
            String path = i % 2 == 0 ? "/api/v1/tracking/withdrawal" : "/api/v1/tracking/information-response";
            String body = i % 2 == 0 ? "{}" : "{\"answer\": \"x\"}";
            assertEquals(404, post(CLIENT, path, Map.of("X-Tracking-Secret", badSecret), body).status);
        }
        assertTooMany(post(CLIENT, "/api/v1/tracking/withdrawal", Map.of("X-Tracking-Secret", badSecret), "{}"));
        assertTooMany(post(CLIENT, "/api/v1/tracking/information-response", Map.of("X-Tracking-Secret", badSecret),
                "{\"answer\": \"x\"}"));
        assertTooMany(post(CLIENT, "/api/v1/applications", Map.of(), submission(Api.uniqueEmail())));
        // the form posts of the same endpoint, the honeypot's included
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertTooMany(post(CLIENT, "/api/v1/applications", form, "organization.name=Form+Org&organization.type=UN_ENTITY"
                + "&organization.country=FR&contact.name=Dana&contact.email=" + Api.uniqueEmail().replace("@", "%40")
                + "&language=en"));
        assertTooMany(post(CLIENT, "/api/v1/applications", form, "homepage=https%3A%2F%2Fspam.example"));
    }

    @Test
    void anXForwardedForFromAnUntrustedPeerIsIgnored() throws IOException {
        String badSecret = "tS3cr3t-" + "y".repeat(40);
        for (int i = 0; i < RateLimitProfile.PER_CLIENT; i++) {
            // each request claims another client address; the peer 127.0.0.1 is no trusted proxy
            Reply r = post(CLIENT, "/api/v1/tracking/withdrawal",
                    Map.of("X-Tracking-Secret", badSecret, "X-Forwarded-For", "198.51.100." + (10 + i),
                            "Forwarded", "for=198.51.100." + (10 + i)), "{}");
            assertEquals(404, r.status, r.body);
        }
        assertTooMany(post(CLIENT, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", badSecret, "X-Forwarded-For", "198.51.100.99"), "{}"));
    }

    @Test
    void behindTheTrustedProxyEachForwardedClientHasItsOwnAllowance() throws IOException {
        String badSecret = "tS3cr3t-" + "z".repeat(40);
        String proxy = RateLimitProfile.TRUSTED_PROXY;
        for (int i = 0; i < RateLimitProfile.PER_CLIENT; i++) {
            assertEquals(404, post(proxy, "/api/v1/tracking/withdrawal",
                    Map.of("X-Tracking-Secret", badSecret, "X-Forwarded-For", "203.0.113.7"), "{}").status);
        }
        assertTooMany(post(proxy, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", badSecret, "X-Forwarded-For", "203.0.113.7"), "{}"));
        // another client behind the same proxy is not held back by the first one
        assertEquals(404, post(proxy, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", badSecret, "X-Forwarded-For", "203.0.113.8"), "{}").status);
        // nor is the proxy's own address, or a direct client, charged for them
        assertEquals(404, post(CLIENT, "/api/v1/tracking/withdrawal", Map.of("X-Tracking-Secret", badSecret), "{}").status);
    }

    @Test
    void oneRecipientCannotBeMailedWithoutEndFromManyAddresses() throws IOException {
        String victim = Api.uniqueEmail();
        for (int i = 0; i < RateLimitProfile.PER_RECIPIENT; i++) {
            Reply r = post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/applications",
                    Map.of("X-Forwarded-For", "192.0.2." + (1 + i)), submission(victim));
            assertEquals(201, r.status, r.body);
        }
        // a fresh client address, the same recipient (written in another case): refused
        assertTooMany(post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/applications",
                Map.of("X-Forwarded-For", "192.0.2.50"), submission(victim.toUpperCase(Locale.ROOT))));
        // another recipient from that address is fine
        assertEquals(201, post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/applications",
                Map.of("X-Forwarded-For", "192.0.2.50"), submission(Api.uniqueEmail())).status);
    }

    @Test
    void trackingPostsCountAgainstTheApplicationsContactEmail() throws IOException {
        String contact = Api.uniqueEmail();
        Reply submitted = post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/applications",
                Map.of("X-Forwarded-For", "192.0.2.60"), submission(contact));
        assertEquals(201, submitted.status, submitted.body);
        String secret = JSON.readTree(submitted.body).path("trackingSecret").asText();

        // the submission used one of the recipient's two; the withdrawal (sends an email) the second
        assertEquals(200, post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", secret, "X-Forwarded-For", "192.0.2.61"), "{}").status);
        assertTooMany(post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", secret, "X-Forwarded-For", "192.0.2.62"), "{}"));
    }

    @Test
    void lostSecretRequestsCountPerClientAddress() throws IOException {
        // unknown pairs: answered 202 all the same, and counted all the same
        for (int i = 0; i < RateLimitProfile.PER_CLIENT; i++) {
            Reply r = post(CLIENT, "/api/v1/tracking/secret-reissue", Map.of(),
                    "{\"reference\": \"AHC-2031-9999" + i + "\", \"email\": \"" + Api.uniqueEmail() + "\"}");
            assertEquals(202, r.status, r.body);
        }
        assertTooMany(post(CLIENT, "/api/v1/tracking/secret-reissue", Map.of(),
                "{\"reference\": \"AHC-2031-99999\", \"email\": \"" + Api.uniqueEmail() + "\"}"));
    }

    @Test
    void lostSecretRequestsCountPerEmailAddressFromManyClients() throws IOException {
        String contact = Api.uniqueEmail();
        Reply submitted = post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/applications",
                Map.of("X-Forwarded-For", "192.0.2.70"), submission(contact));
        assertEquals(201, submitted.status, submitted.body);
        String reference = JSON.readTree(submitted.body).path("reference").asText();
        String body = "{\"reference\": \"" + reference + "\", \"email\": \"" + contact.toUpperCase(Locale.ROOT) + "\"}";

        // the submission used one of the recipient's two, the first request the second
        assertEquals(202, post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/tracking/secret-reissue",
                Map.of("X-Forwarded-For", "192.0.2.71"), body).status);
        assertTooMany(post(RateLimitProfile.TRUSTED_PROXY, "/api/v1/tracking/secret-reissue",
                Map.of("X-Forwarded-For", "192.0.2.72"), body));
    }

    @Test
    void endedWindowsAreDeleted() throws IOException, SQLException {
        assertEquals(404, post(CLIENT, "/api/v1/tracking/withdrawal",
                Map.of("X-Tracking-Secret", "tS3cr3t-" + "w".repeat(40)), "{}").status);
        Instant now = clock.instant();
        assertTrue(rows("window_end > '" + now + "'") > 0);
        clock.advance(Duration.ofHours(2));
        assertTrue(limiter.removeEnded() > 0);
        assertEquals(0, rows("window_end <= '" + clock.instant() + "'"));
    }

    private long rows(String where) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from rate_limit_window where " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertTooMany(Reply r) throws IOException {
        assertEquals(429, r.status, r.body);
        assertTrue(r.headers.getOrDefault("content-type", "").startsWith("application/problem+json"), r.headers.toString());
        long retryAfter = Long.parseLong(r.headers.get("retry-after"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        JsonNode problem = JSON.readTree(r.body);
        assertEquals(429, problem.path("status").asInt());
        assertEquals("Too many requests", problem.path("title").asText());
    }

    private static String submission(String contactEmail) throws IOException {
        return JSON.writeValueAsString(Api.body(Api.unique("Rate Limited Org"), "UN_ENTITY", "FR", null, contactEmail, "en"));
    }

    record Reply(int status, Map<String, String> headers, String body) {
    }

    /** One HTTP/1.1 POST from the given local address (both are loopback addresses of this machine). */
    static Reply post(String from, String path, Map<String, String> headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: " + headers.getOrDefault("Content-Type", "application/json")
                    + "\r\nAccept: application/json, application/problem+json\r\n"
                    + "Connection: close\r\nContent-Length: " + content.length + "\r\n");
            headers.forEach((k, v) -> {
                if (!k.equals("Content-Type")) {
                    request.append(k).append(": ").append(v).append("\r\n");
                }
            });
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Reply parse(InputStream in) throws IOException {
        byte[] raw = in.readAllBytes();
        int split = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String[] head = new String(raw, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = split + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (true) {
                int eol = indexOf(raw, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
                int size = Integer.parseInt(new String(raw, at, eol - at, StandardCharsets.ISO_8859_1).trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(raw, eol + 2, size);
                at = eol + 2 + size + 2;
            }
        } else {
            body.write(raw, at, raw.length - at);
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("malformed HTTP response");
    }
}
