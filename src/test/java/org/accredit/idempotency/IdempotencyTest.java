package org.accredit.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.restassured.RestAssured;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;
import org.accredit.support.RawHttp;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key on the creating POSTs (IETF httpapi draft): replay, another payload (422), a
 * concurrent duplicate (one creation), a failed first request (the key stays free), expiry and the
 * cleanup, hostile keys, and the programmatic door page code uses.
 */
@QuarkusTest
class IdempotencyTest {

    private static final String APPLICATIONS = "/api/v1/applications";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    Idempotency idempotency;

    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> application(String name) {
        return Api.body(name, "NGO", "FR", "SPECIAL", Api.uniqueEmail(), "en");
    }

    private static ExtractableResponse<Response> post(String key, Object body) {
        return Api.anonymous().header("Idempotency-Key", key).body(body).post(APPLICATIONS).then().extract();
    }

    @Test
    void a_retry_with_the_same_key_and_payload_replays_the_first_response_and_creates_one_application() {
        String name = Api.unique("Idem replay");
        Map<String, Object> body = application(name);
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = post(key, body);
        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Idempotent-Replayed"));

        ExtractableResponse<Response> again = post(key, body);
        assertEquals(201, again.statusCode());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertTrue(again.contentType().startsWith("application/json"), again.contentType());
        assertEquals(first.<String>path("id"), again.path("id"));
        assertEquals(first.<String>path("trackingSecret"), again.path("trackingSecret"));

        // the key written as a Structured Field string (quoted) is the same key
        ExtractableResponse<Response> quoted = post("\"" + key + "\"", body);
        assertEquals(201, quoted.statusCode());
        assertEquals("true", quoted.header("Idempotent-Replayed"));
        assertEquals(1, applicationsNamed(name));
    }

    @Test
    void the_same_key_with_another_payload_is_422() {
        String key = UUID.randomUUID().toString();
        post(key, application(Api.unique("Idem one"))).response().then().statusCode(201);
        String other = Api.unique("Idem other");
        post(key, application(other)).response().then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422));
        assertEquals(0, applicationsNamed(other));
    }

    @Test
    void the_key_is_the_callers_own_and_other_creating_posts_honour_it_too() {
        String key = UUID.randomUUID().toString();
        String date = java.time.LocalDate.of(2040, 1, 1).plusDays(new java.util.Random().nextInt(20_000)).toString();
        Map<String, Object> body = Map.of("date", date, "name", "Idem holiday");
        ExtractableResponse<Response> first = Api.as("admin").header("Idempotency-Key", key).body(body)
                .post("/api/v1/admin/holidays").then().extract();
        assertTrue(first.statusCode() == 201 || first.statusCode() == 409, first.asString());
        if (first.statusCode() == 201) {
            Api.as("admin").header("Idempotency-Key", key).body(body).post("/api/v1/admin/holidays").then()
                    .statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first.asString()));
        }
        // an anonymous caller with the same key: another key, so no replay of the admin's response
        ExtractableResponse<Response> anonymous = post(key, application(Api.unique("Idem anonymous")));
        assertEquals(201, anonymous.statusCode());
        assertNull(anonymous.header("Idempotent-Replayed"));
    }

    @Test
    void binary_and_csv_bodies_replay_too_and_a_tracking_secret_is_a_caller_of_its_own() {
        // an official letter (PDF body), sent with the organization's tracking secret
        String session = SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        Accredited.Organization one = Accredited.para7("en");
        Accredited.Organization two = Accredited.para7("en");
        String key = UUID.randomUUID().toString();
        byte[] pdf = Pdfs.blank(1);
        String first = RestAssured.given().header("X-Tracking-Secret", one.secret()).header("Idempotency-Key", key)
                .contentType("application/pdf").body(pdf).post("/api/v1/sessions/" + session + "/letters")
                .then().statusCode(201).extract().path("id");
        RestAssured.given().header("X-Tracking-Secret", one.secret()).header("Idempotency-Key", key)
                .contentType("application/pdf").body(pdf).post("/api/v1/sessions/" + session + "/letters")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        // another organization with the same key: its own key, its own letter
        String other = RestAssured.given().header("X-Tracking-Secret", two.secret()).header("Idempotency-Key", key)
                .contentType("application/pdf").body(pdf).post("/api/v1/sessions/" + session + "/letters")
                .then().statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertNotEquals(first, other);

        // a roster import (CSV body)
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = ("name,category,year,country\nIdem " + tag + " NGO,special,2001,FR\n").getBytes(StandardCharsets.UTF_8);
        String importKey = UUID.randomUUID().toString();
        ExtractableResponse<Response> imported = Api.as("admin").contentType("text/csv; charset=UTF-8").header("Idempotency-Key", importKey)
                .body(csv).queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().statusCode(201).extract();
        Api.as("admin").contentType("text/csv; charset=UTF-8").header("Idempotency-Key", importKey)
                .body(csv).queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", imported.header("Location"))
                .body(equalTo(imported.asString()));
        // the query is part of the payload: the same key and body in full mode is another request
        Api.as("admin").contentType("text/csv; charset=UTF-8").header("Idempotency-Key", importKey)
                .body(csv).queryParam("mode", "full").queryParam("dryRun", "true").post("/api/v1/ecosoc/imports")
                .then().statusCode(422);
    }

    @Test
    void concurrent_duplicates_create_one_application() throws Exception {
        String name = Api.unique("Idem concurrent");
        Map<String, Object> body = application(name);
        String key = UUID.randomUUID().toString();
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ExtractableResponse<Response>>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return post(key, body);
                }));
            }
            start.countDown();
            int created = 0;
            int replayed = 0;
            int inFlight = 0;
            for (Future<ExtractableResponse<Response>> f : replies) {
                ExtractableResponse<Response> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 201 && r.header("Idempotent-Replayed") == null) {
                    created++;
                } else if (r.statusCode() == 201) {
                    replayed++;
                } else {
                    assertEquals(409, r.statusCode(), r.asString());
                    assertEquals("application/problem+json", r.contentType());
                    inFlight++;
                }
            }
            assertEquals(1, created, "one request ran; replayed " + replayed + ", in flight " + inFlight);
            assertEquals(n, created + replayed + inFlight);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, applicationsNamed(name));
        // once the first is done, a retry replays it
        post(key, body).response().then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void while_the_first_request_is_in_flight_a_retry_is_409_and_a_dead_claim_is_taken_over_after_its_lease() throws Exception {
        String name = Api.unique("Idem in flight");
        byte[] body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(application(name));
        String key = UUID.randomUUID().toString();
        // another replica holds the key: its claim, made as the filter makes it (anonymous caller)
        Idempotency.Claim held = idempotency.claim(key, Fingerprint.of("POST", APPLICATIONS, null, body));
        assertTrue(held instanceof Idempotency.Claimed);
        Api.anonymous().header("Idempotency-Key", key).body(body).post(APPLICATIONS).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        assertEquals(0, applicationsNamed(name));
        // that replica died: past the lease (2 min) the key is taken over and the request runs
        clock.advance(Duration.ofMinutes(3));
        ExtractableResponse<Response> r = Api.anonymous().header("Idempotency-Key", key).body(body).post(APPLICATIONS)
                .then().extract();
        assertEquals(201, r.statusCode(), r.asString());
        assertNull(r.header("Idempotent-Replayed"));
        assertEquals(1, applicationsNamed(name));
        // the dead replica's late completion finds its claim gone and stores nothing over the new response
        idempotency.complete((Idempotency.Claimed) held, new StoredResponse(201, "application/json", null, "{}".getBytes(StandardCharsets.UTF_8)));
        Api.anonymous().header("Idempotency-Key", key).body(body).post(APPLICATIONS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body(equalTo(r.asString()));
    }

    @Test
    void a_failed_first_request_leaves_the_key_free_for_the_corrected_retry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = application(Api.unique("Idem invalid"));
        invalid.put("language", "xx");
        post(key, invalid).response().then().statusCode(400).contentType("application/problem+json");
        String name = Api.unique("Idem corrected");
        ExtractableResponse<Response> corrected = post(key, application(name));
        assertEquals(201, corrected.statusCode(), corrected.asString());
        assertNull(corrected.header("Idempotent-Replayed"));
        assertEquals(1, applicationsNamed(name));
    }

    @Test
    void a_key_expires_after_24_hours_and_the_cleanup_deletes_it() throws SQLException {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = application(Api.unique("Idem expiry"));
        ExtractableResponse<Response> first = post(key, body);
        assertEquals(201, first.statusCode());
        clock.advance(Duration.ofHours(23));
        post(key, body).response().then().statusCode(201).header("Idempotent-Replayed", "true");

        clock.advance(Duration.ofHours(2));
        // past 24 h the key is new again: another payload is a new request, not a 422
        String later = Api.unique("Idem later");
        ExtractableResponse<Response> again = post(key, application(later));
        assertEquals(201, again.statusCode(), again.asString());
        assertNull(again.header("Idempotent-Replayed"));
        assertEquals(1, applicationsNamed(later));

        clock.advance(Duration.ofHours(25));
        assertTrue(expiredRows() > 0);
        assertTrue(idempotency.removeExpired() > 0);
        assertEquals(0, expiredRows());
    }

    @Test
    void hostile_keys_are_400_naming_the_header() {
        Map<String, Object> body = application(Api.unique("Idem hostile"));
        for (String key : List.of("k".repeat(256), "", "\"\"", "caf\u00e9", "a\"b", "a\\b")) {
            Api.anonymous().header("Idempotency-Key", key).body(body).post(APPLICATIONS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        }
        Api.anonymous().header("Idempotency-Key", "k".repeat(255)).body(body).post(APPLICATIONS).then().statusCode(201);
        // control characters, as only a raw client sends them
        // (a C0 control byte other than a tab, and DEL, are refused by the HTTP server's parser itself, with an empty 400)
        for (String key : List.of("a\u0001b", "a\tb", "a\u007fb", "a\u0085b")) {
            RawHttp.Reply reply = new RawHttp(base).send("POST", APPLICATIONS,
                    Map.of("Content-Type", "application/json", "Idempotency-Key", key),
                    "{}".getBytes(StandardCharsets.UTF_8), false);
            assertEquals(400, reply.status(), reply.body());
            if (key.equals("a\tb") || key.equals("a\u0085b")) {
                assertTrue(reply.contentType().startsWith("application/problem+json"), key + ": " + reply.contentType());
                assertTrue(reply.body().contains("Idempotency-Key"), reply.body());
            }
        }
    }

    @Test
    void the_openapi_document_declares_the_key_on_every_creating_post() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("openapi/openapi.json").toFile()).get("paths");
        int creating = 0;
        for (var path : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) paths::fields) {
            com.fasterxml.jackson.databind.JsonNode post = path.getValue().get("post");
            if (post == null || !post.get("responses").has("201")) {
                continue;
            }
            creating++;
            boolean header = false;
            for (com.fasterxml.jackson.databind.JsonNode p : post.path("parameters")) {
                header |= "header".equals(p.get("in").asText()) && "Idempotency-Key".equals(p.get("name").asText());
            }
            assertTrue(header, "Idempotency-Key on POST " + path.getKey());
            assertTrue(post.get("responses").has("409") && post.get("responses").has("422"), "409 and 422 of POST " + path.getKey());
            assertTrue(post.get("responses").get("201").get("headers").has("Idempotent-Replayed"), "POST " + path.getKey());
        }
        assertTrue(creating >= 15, "creating POSTs: " + creating);
    }

    @Test
    void the_programmatic_door_runs_once_per_key() {
        String key = UUID.randomUUID().toString();
        Fingerprint fp = Fingerprint.of("FORM", "/forms/apply", null, "name=x".getBytes(StandardCharsets.UTF_8));
        int[] runs = {0};
        StoredResponse ok = new StoredResponse(303, null, "/forms/thanks?ref=X", new byte[0]);
        Idempotency.Result first = idempotency.run(key, fp, () -> {
            runs[0]++;
            return ok;
        });
        Idempotency.Result second = idempotency.run(key, fp, () -> {
            runs[0]++;
            return ok;
        });
        assertEquals(1, runs[0]);
        assertTrue(!first.replayed() && second.replayed());
        assertEquals(ok, second.response());
        Fingerprint other = Fingerprint.of("FORM", "/forms/apply", null, "name=y".getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(org.accredit.common.RuleViolationException.class,
                () -> idempotency.run(key, other, () -> ok));
        // a failure frees the key
        String failing = UUID.randomUUID().toString();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> idempotency.run(failing, fp, () -> {
                    throw new IllegalStateException("boom");
                }));
        assertTrue(!idempotency.run(failing, fp, () -> ok).replayed());
    }

    private long applicationsNamed(String name) {
        return count("select count(*) from application where org_name = ?", name);
    }

    private long expiredRows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from idempotency_key where expires_at <= ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long count(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
