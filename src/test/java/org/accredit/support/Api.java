package org.accredit.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Small helpers for API tests: unique names, request bodies, staff credentials, an open call. */
public final class Api {

    private static final AtomicLong SEQ = new AtomicLong();

    private Api() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQ.incrementAndGet();
    }

    public static String uniqueEmail() {
        return "contact-" + UUID.randomUUID() + "@example.org";
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String user) {
        // demo accounts have their name as password (test/dev/local profiles only)
        return given().contentType(ContentType.JSON).auth().preemptive().basic(user, user);
    }

    public static RequestSpecification applicant(String secret) {
        return given().contentType(ContentType.JSON).header("X-Tracking-Secret", secret);
    }

    public static Map<String, Object> body(String name, String type, String country, String ecosocCategory,
            String contactEmail, String language) {
        Map<String, Object> org = new java.util.HashMap<>(Map.of("name", name, "type", type, "country", country,
                "website", "https://example.org", "expertise", "Cybercrime research"));
        Map<String, Object> body = new java.util.HashMap<>(Map.of("organization", org,
                "contact", Map.of("name", "Dana Contact", "email", contactEmail), "language", language));
        if (ecosocCategory != null) {
            body.put("ecosocCategory", ecosocCategory);
        }
        return body;
    }

    public static ExtractableResponse<Response> submit(Map<String, Object> body) {
        return anonymous().body(body).post("/api/v1/applications").then().statusCode(201).extract();
    }

    /** A submitted application: its id, reference and tracking secret. */
    public record Submitted(String id, String reference, String secret, String contactEmail) {
    }

    public static Submitted submit(String type, String ecosocCategory, String language) {
        String email = uniqueEmail();
        ExtractableResponse<Response> r = submit(body(unique("Org"), type, "FR", ecosocCategory, email, language));
        return new Submitted(r.path("id"), r.path("reference"), r.path("trackingSecret"), email);
    }

    /** The id of the open call for applications: the one open now, or a new one around now. */
    public static String ensureOpenCall() {
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            io.restassured.path.json.JsonPath page = request.get("/api/v1/calls").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> call : page.<Map<String, Object>>getList("items")) {
                if (Boolean.TRUE.equals(call.get("open"))) {
                    return (String) call.get("id");
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        Instant now = Instant.now();
        return as("admin").body(Map.of("title", unique("Open call"),
                        "opensAt", now.minus(2, ChronoUnit.DAYS).toString(),
                        "closesAt", now.plus(400, ChronoUnit.DAYS).toString()))
                .post("/api/v1/calls").then().statusCode(201).extract().path("id");
    }

    public static void post(String user, String path, Object body, int expectedStatus) {
        RequestSpecification spec = as(user);
        if (body != null) {
            spec = spec.body(body);
        }
        spec.post(path).then().statusCode(expectedStatus);
    }
}
