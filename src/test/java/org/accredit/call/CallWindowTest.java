package org.accredit.call;

import static org.accredit.support.Api.anonymous;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Para 9 applications are accepted only inside an open call; para 7/8 at any time. The call
 * modelled on the 2021 one (2 Nov to 1 Dec midnight New York time) is placed in 2091 so that it
 * overlaps no call of other tests.
 */
@QuarkusTest
class CallWindowTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void para9OnlyInsideTheCallWindowInNewYorkTime() {
        String id = as("admin").body(Map.of("title", Api.unique("Call 2091"),
                        "opensAt", "2091-11-02T00:00:00-04:00",
                        "closesAt", "2091-12-02T00:00:00-05:00"))
                .post("/api/v1/calls").then().statusCode(201)
                .header("Location", containsString("/api/v1/calls/"))
                .body("opensAtLocal", equalTo("2091-11-02T00:00-04:00"))
                .body("closesAtLocal", equalTo("2091-12-02T00:00-05:00"))
                .body("timeZone", equalTo("America/New_York"))
                .extract().path("id");

        clock.travelTo(Instant.parse("2091-11-02T03:59:59Z")); // 23:59:59 on 1 Nov in New York
        anonymous().body(para9()).post("/api/v1/applications").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("No call for applications is open"));
        anonymous().body(Api.body(Api.unique("IGO"), "INTERGOVERNMENTAL_ORGANIZATION", "FR", null, Api.uniqueEmail(), "en"))
                .post("/api/v1/applications").then().statusCode(201).body("path", equalTo("PARA_7"));

        clock.travelTo(Instant.parse("2091-11-02T04:00:00Z")); // midnight, 2 Nov, New York
        anonymous().body(para9()).post("/api/v1/applications").then().statusCode(201).body("path", equalTo("PARA_9"));
        String ngo = anonymous().body(Api.body(Api.unique("Claimed ECOSOC NGO"), "NGO", "FR", "ROSTER", Api.uniqueEmail(), "en"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        anonymous().get("/api/v1/calls/" + id).then().body("open", equalTo(true));

        clock.travelTo(Instant.parse("2091-12-02T04:59:59Z")); // 23:59:59 on 1 Dec, New York (EST)
        anonymous().body(para9()).post("/api/v1/applications").then().statusCode(201);

        clock.travelTo(Instant.parse("2091-12-02T05:00:00Z")); // midnight, the call has closed
        anonymous().body(para9()).post("/api/v1/applications").then().statusCode(422);
        anonymous().get("/api/v1/calls/" + id).then().body("open", equalTo(false));
        // a para 8 claim moved to para 9 after the call closed joins the call that was open when it was submitted
        as("reviewer").post("/api/v1/applications/" + ngo + "/review").then().statusCode(200);
        as("reviewer").body(Map.of("path", "PARA_9", "reason", "Not on the ECOSOC roster."))
                .post("/api/v1/applications/" + ngo + "/path-change").then().statusCode(200)
                .body("path", equalTo("PARA_9")).body("callId", equalTo(id));
        anonymous().body(Api.body(Api.unique("NGO"), "NGO", "FR", "GENERAL", Api.uniqueEmail(), "en"))
                .post("/api/v1/applications").then().statusCode(201).body("path", equalTo("PARA_8"));
    }

    @Test
    void callsAreManagedByAdminsAndDoNotOverlap() {
        Map<String, Object> call = Map.of("title", Api.unique("Call 2095"),
                "opensAt", "2095-01-10T00:00:00-05:00", "closesAt", "2095-02-10T00:00:00-05:00");
        anonymous().body(call).post("/api/v1/calls").then().statusCode(401);
        as("reviewer").body(call).post("/api/v1/calls").then().statusCode(403);
        String id = as("admin").body(call).post("/api/v1/calls").then().statusCode(201).extract().path("id");
        as("admin").body(Map.of("title", "overlapping", "opensAt", "2095-02-01T00:00:00Z", "closesAt", "2095-03-01T00:00:00Z"))
                .post("/api/v1/calls").then().statusCode(409);
        as("admin").body(Map.of("title", "backwards", "opensAt", "2096-02-01T00:00:00Z", "closesAt", "2096-01-01T00:00:00Z"))
                .post("/api/v1/calls").then().statusCode(422);
        as("admin").body(Map.of("title", "")).post("/api/v1/calls").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("opensAt"));
        as("admin").body(Map.of("title", "Renamed", "opensAt", "2095-01-10T00:00:00-05:00", "closesAt", "2095-02-20T00:00:00-05:00"))
                .put("/api/v1/calls/" + id).then().statusCode(200).body("title", equalTo("Renamed"));
    }

    private static Map<String, Object> para9() {
        return Api.body(Api.unique("Civil Society Network"), "CIVIL_SOCIETY_ORGANIZATION", "FR", null, Api.uniqueEmail(), "fr");
    }
}
