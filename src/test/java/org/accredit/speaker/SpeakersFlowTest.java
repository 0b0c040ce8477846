package org.accredit.speaker;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.speaker.SpeakerFixtures.Org;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests to speak, the suggested order, reordering and publication, through the API. */
@QuarkusTest
class SpeakersFlowTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    SpeakerFixtures fixtures;
    Instant base;

    @BeforeEach
    void setUp() {
        fixtures = new SpeakerFixtures(dataSource);
        base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String itemPath(UUID session, UUID item) {
        return "/api/v1/sessions/" + session + "/agenda-items/" + item;
    }

    /** The organization asks at {@code minute} minutes after the test's start (the service's clock). */
    private String ask(UUID session, UUID item, Org org, UUID representative, int minute) {
        clock.travelTo(base.plus(Duration.ofMinutes(minute)));
        return Api.applicant(org.secret()).body(Map.of("representativeId", representative.toString()))
                .post(itemPath(session, item) + "/speaker-requests").then().statusCode(201).extract().path("id");
    }

    /**
     * Done when: the suggested order of a seeded request set is what the documented rule gives
     * (SpeakingOrder; the same set is computed by hand in SpeakingOrderTest.theSeededSetOfTheApiTest).
     */
    @Test
    void theSuggestedOrderOfASeededRequestSetIsTheDocumentedRulesOrder() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(10));
        UUID item = fixtures.agendaItem(session, 3, "Criminalization");
        // request n at minute n: WEOG 1 F, WEOG 2 F, African 3 F, WEOG 4 M, Latin American 5 M,
        // African 6 M, Asia-Pacific 7 undisclosed, African 8 (no gender given)
        String[][] seed = {{"FR", "FEMALE"}, {"DE", "FEMALE"}, {"KE", "FEMALE"}, {"IT", "MALE"}, {"BR", "MALE"},
                {"NG", "MALE"}, {"JP", "UNDISCLOSED"}, {"GH", null}};
        List<String> requests = new ArrayList<>();
        Map<String, String> orgOfRequest = new HashMap<>();
        List<String> speakerNames = new ArrayList<>();
        for (int n = 1; n <= seed.length; n++) {
            Org org = SpeakerFixtures.approved("Speaking IGO " + n, seed[n - 1][0]);
            String speakerName = "Speaker Person " + UUID.randomUUID();
            speakerNames.add(speakerName);
            UUID rep = fixtures.representative(session, org, speakerName, "CONFIRMED", seed[n - 1][1]);
            String id = ask(session, item, org, rep, n);
            requests.add(id);
            orgOfRequest.put(id, org.name());
        }
        clock.reset();
        List<String> expected = List.of(requests.get(0), requests.get(5), requests.get(6), requests.get(4),
                requests.get(1), requests.get(2), requests.get(3), requests.get(7));

        JsonPath list = Api.as("reviewer").get(itemPath(session, item) + "/speakers-list").then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().jsonPath();
        assertEquals(expected, list.getList("speakers.requestId"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), list.getList("speakers.position"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), list.getList("speakers.suggestedPosition"));
        assertEquals(List.of("WESTERN_EUROPEAN_AND_OTHERS", "AFRICAN", "ASIA_PACIFIC", "LATIN_AMERICAN_AND_CARIBBEAN",
                "WESTERN_EUROPEAN_AND_OTHERS", "AFRICAN", "WESTERN_EUROPEAN_AND_OTHERS", "AFRICAN"),
                list.getList("speakers.regionalGroup"));
        assertEquals(java.util.Arrays.asList("FEMALE", "MALE", "UNDISCLOSED", "MALE", "FEMALE", "FEMALE", "MALE", null),
                list.getList("speakers.speakerGender"));

        // published as suggested, the public sees the organizations in that order and no personal data
        Api.as("approver").post(itemPath(session, item) + "/speakers-list/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("approver"));
        String publicBody = Api.anonymous().get("/api/v1/public/sessions/" + session + "/agenda-items/" + item + "/speakers")
                .then().statusCode(200).body("speakers.order", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8)))
                .body("speakers.organizationName", equalTo(expected.stream().map(orgOfRequest::get).toList()))
                .body("speakers[0].country", equalTo("FR"))
                .body("speakers[1].regionalGroupName", equalTo("African States"))
                .extract().asString();
        for (String name : speakerNames) {
            assertFalse(publicBody.contains(name), "no speaker's name on the public list");
        }
        assertFalse(publicBody.contains("@"), "no email on the public list");
        assertFalse(publicBody.contains("FEMALE") || publicBody.contains("MALE"), "no gender on the public list");
        assertFalse(publicBody.contains("representativeId") || publicBody.contains("requestId"));
    }

    @Test
    void anAccreditedOrganizationAsksOnceNamingAConfirmedRepresentative() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(10));
        UUID item = fixtures.agendaItem(session, 1, "Opening of the session");
        UUID otherSession = fixtures.session(base, Duration.ofDays(20));
        UUID otherItem = fixtures.agendaItem(otherSession, 1, "Opening");
        Org org = SpeakerFixtures.approved("Asking IGO", "AT");
        Org other = SpeakerFixtures.approved("Other IGO", "PL");
        UUID confirmed = fixtures.representative(session, org, "Confirmed Person", "CONFIRMED", "FEMALE");
        UUID pending = fixtures.representative(session, org, "Pending Person", "REQUESTED", "MALE");
        UUID othersRep = fixtures.representative(session, other, "Other Person", "CONFIRMED", "MALE");
        UUID elsewhere = fixtures.representative(otherSession, org, "Elsewhere Person", "CONFIRMED", "MALE");
        String requests = itemPath(session, item) + "/speaker-requests";

        // the speaker must be a confirmed representative of the organization for this session
        for (UUID notEligible : List.of(pending, othersRep, elsewhere, UUID.randomUUID())) {
            Api.applicant(org.secret()).body(Map.of("representativeId", notEligible.toString())).post(requests)
                    .then().statusCode(422).body("detail", containsString("confirmed"));
        }
        // only an approved organization; a secret that tracks nothing is unknown
        Org pendingOrg = SpeakerFixtures.submittedOnly("AT");
        Api.applicant(pendingOrg.secret()).body(Map.of("representativeId", confirmed.toString())).post(requests)
                .then().statusCode(403);
        Api.applicant("x".repeat(43)).body(Map.of("representativeId", confirmed.toString())).post(requests)
                .then().statusCode(404);
        // an item of another session
        Api.applicant(org.secret()).body(Map.of("representativeId", confirmed.toString()))
                .post("/api/v1/sessions/" + session + "/agenda-items/" + otherItem + "/speaker-requests").then().statusCode(404);

        var created = Api.applicant(org.secret()).body(Map.of("representativeId", confirmed.toString(), "topic", "Article 5"))
                .post(requests).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("onList", equalTo(true)).body("speakerName", equalTo("Confirmed Person"))
                .body("itemNumber", equalTo(1)).body("timeZone", equalTo("America/New_York"))
                .body("requestedAtLocal", containsString("-05:00")).extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith(requests + "/" + id), location);
        Api.applicant(org.secret()).get(requests + "/" + id).then().statusCode(200).body("topic", equalTo("Article 5"));
        // another organization does not see it
        Api.applicant(other.secret()).get(requests + "/" + id).then().statusCode(404);

        // one standing request per organization and item
        Api.applicant(org.secret()).body(Map.of("representativeId", confirmed.toString())).post(requests)
                .then().statusCode(409).body("detail", containsString("already"));
        Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/speaker-requests").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].id", equalTo(id));

        // withdrawn before publication: once; then it may ask again
        Api.applicant(org.secret()).post(requests + "/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("onList", equalTo(false));
        Api.applicant(org.secret()).post(requests + "/" + id + "/withdrawal").then().statusCode(409);
        Api.applicant(other.secret()).post(requests + "/" + id + "/withdrawal").then().statusCode(404);
        Api.applicant(org.secret()).body(Map.of("representativeId", confirmed.toString())).post(requests).then().statusCode(201);
        Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/speaker-requests").then().statusCode(200)
                .body("status", equalTo(List.of("WITHDRAWN", "REQUESTED")));
        Api.as("reviewer").get(itemPath(session, item) + "/speakers-list").then().statusCode(200)
                .body("speakers", hasSize(1)).body("speakers[0].speakerName", equalTo("Confirmed Person"));
    }

    @Test
    void concurrentRequestsOfOneOrganizationLeaveOneStanding() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(10));
        UUID item = fixtures.agendaItem(session, 5, "Technical assistance");
        Org org = SpeakerFixtures.approved("Eager IGO", "CL");
        UUID rep = fixtures.representative(session, org, "Eager Person", "CONFIRMED", "FEMALE");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> Api.applicant(org.secret()).body(Map.of("representativeId", rep.toString()))
                        .post(itemPath(session, item) + "/speaker-requests").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        Api.as("reviewer").get(itemPath(session, item) + "/speakers-list").then().body("speakers", hasSize(1));
    }

    @Test
    void noRequestOnceTheSessionHasClosed() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(-10));
        UUID item = fixtures.agendaItem(session, 1, "Closing");
        Org org = SpeakerFixtures.approved("Late IGO", "BR");
        UUID rep = fixtures.representative(session, org, "Late Person", "CONFIRMED", "MALE");
        Api.applicant(org.secret()).body(Map.of("representativeId", rep.toString()))
                .post(itemPath(session, item) + "/speaker-requests").then().statusCode(409)
                .body("detail", containsString("closed"));
    }

    @Test
    void staffReorderThenPublishAndTheOrderIsFrozen() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(10));
        UUID item = fixtures.agendaItem(session, 2, "General discussion");
        UUID empty = fixtures.agendaItem(session, 4, "Other matters");
        String list = itemPath(session, item) + "/speakers-list";
        String publicList = "/api/v1/public/sessions/" + session + "/agenda-items/" + item + "/speakers";
        Org a = SpeakerFixtures.approved("First IGO", "KE");
        Org b = SpeakerFixtures.approved("Second IGO", "CN");
        Org c = SpeakerFixtures.approved("Third IGO", "MX");
        Org d = SpeakerFixtures.approved("Fourth IGO", "UA");
        Org e = SpeakerFixtures.approved("Fifth IGO", "SE");
        UUID repA = fixtures.representative(session, a, "A Person", "CONFIRMED", "FEMALE");
        UUID repB = fixtures.representative(session, b, "B Person", "CONFIRMED", "MALE");
        UUID repC = fixtures.representative(session, c, "C Person", "CONFIRMED", "FEMALE");
        UUID repD = fixtures.representative(session, d, "D Person", "CONFIRMED", "MALE");
        UUID repE = fixtures.representative(session, e, "E Person", "CONFIRMED", "MALE");
        String ra = ask(session, item, a, repA, 1);
        String rb = ask(session, item, b, repB, 2);
        String rc = ask(session, item, c, repC, 3);
        clock.reset();
        // the suggested order: African, Asia-Pacific, Latin American (one each)
        Api.as("reviewer").get(list).then().statusCode(200).body("speakers.requestId", equalTo(List.of(ra, rb, rc)));
        Api.anonymous().get(publicList).then().statusCode(404);

        // a reordering names every request on the list exactly once
        for (List<String> wrong : List.of(List.of(ra, rb), List.of(ra, rb, rc, rc), List.of(ra, rb, UUID.randomUUID().toString()),
                List.<String>of())) {
            Api.as("reviewer").body(Map.of("requestIds", wrong)).put(list).then().statusCode(422);
        }
        Api.as("reviewer").body(Map.of("requestIds", List.of(rc, ra, rb))).put(list).then().statusCode(200)
                .body("speakers.requestId", equalTo(List.of(rc, ra, rb))).body("reorderedBy", equalTo("reviewer"))
                .body("speakers.placedByStaff", equalTo(List.of(true, true, true)))
                .body("speakers.suggestedPosition", equalTo(List.of(3, 1, 2)));
        // a later request follows the staff's order
        String rd = ask(session, item, d, repD, 4);
        clock.reset();
        Api.as("approver").get(list).then().statusCode(200).body("speakers.requestId", equalTo(List.of(rc, ra, rb, rd)))
                .body("speakers[3].placedByStaff", equalTo(false));

        // a speaker withdrawn from the session: the request drops from the list, the organization sees it off the list
        fixtures.setRepresentativeStatus(repA, "WITHDRAWN");
        Api.as("reviewer").get(list).then().statusCode(200).body("speakers.requestId", equalTo(List.of(rc, rb, rd)))
                .body("speakers.position", equalTo(List.of(1, 2, 3)));
        Api.applicant(a.secret()).get(itemPath(session, item) + "/speaker-requests/" + ra).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("onList", equalTo(false)).body("speakerName", nullValue());
        // and a reordering names the requests on the list, without it
        Api.as("reviewer").body(Map.of("requestIds", List.of(rc, ra, rb, rd))).put(list).then().statusCode(422);

        Api.as("approver").post(itemPath(session, empty) + "/speakers-list/publication").then().statusCode(409);
        Api.as("approver").post(list + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("speakers.requestId", equalTo(List.of(rc, rb, rd)));
        Api.anonymous().get(publicList).then().statusCode(200)
                .body("speakers.organizationName", equalTo(List.of(c.name(), b.name(), d.name())))
                .body("speakers.regionalGroup", equalTo(List.of("LATIN_AMERICAN_AND_CARIBBEAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN")))
                .body("itemNumber", equalTo(2)).body(not("B Person"));

        // frozen: no reordering, no second publication, no new request, no withdrawal
        Api.as("reviewer").body(Map.of("requestIds", List.of(rb, rc, rd))).put(list).then().statusCode(409)
                .body("detail", containsString("PUBLISHED"));
        Api.as("approver").post(list + "/publication").then().statusCode(409);
        Api.applicant(e.secret()).body(Map.of("repesentativeId", repE.toString())).post(itemPath(session, item) + "/speaker-requests")
                .then().statusCode(400);
        Api.applicant(e.secret()).body(Map.of("representativeId", repE.toString())).post(itemPath(session, item) + "/speaker-requests")
                .then().statusCode(409);
        Api.applicant(b.secret()).post(itemPath(session, item) + "/speaker-requests/" + rb + "/withdrawal").then().statusCode(409);
        Api.anonymous().get(publicList).then().statusCode(200).body("speakers.order", equalTo(List.of(1, 2, 3)));
    }

    private static org.hamcrest.Matcher<String> not(String text) {
        return org.hamcrest.Matchers.not(containsString(text));
    }

    @Test
    void unknownSessionsAndItems() throws Exception {
        UUID session = fixtures.session(base, Duration.ofDays(10));
        Api.as("reviewer").get(itemPath(session, UUID.randomUUID()) + "/speakers-list").then().statusCode(404);
        Api.as("reviewer").get(itemPath(UUID.randomUUID(), UUID.randomUUID()) + "/speakers-list").then().statusCode(404);
        Api.anonymous().get("/api/v1/public/sessions/" + session + "/agenda-items/" + UUID.randomUUID() + "/speakers")
                .then().statusCode(404);
        UUID item = fixtures.agendaItem(session, 9, "Adoption of the report");
        Api.as("approver").get(itemPath(session, item) + "/speakers-list").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("speakers", hasSize(0)).body("itemTitle", endsWith("report"));
    }
}
