package org.accredit.objection;

import static io.restassured.RestAssured.given;
import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.circulate;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.support.Api.ensureOpenCall;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.reviewer;
import static org.accredit.objection.Para9Fixtures.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accredit.common.AccreditConfig;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.objection.Para9Fixtures.Applicant;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NonObjectionEdgeCasesTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    ObjectionWindowSweep sweep;
    @Inject
    TestClock clock;
    @Inject
    EntityManager em;
    @Inject
    HolidayService holidays;
    @Inject
    ObjectionConfig config;
    @Inject
    AccreditConfig accredit;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    @Test
    void theSweepRunTwiceAndConcurrentlyMovesEachApplicationOnceAndEmailsOnce() throws Exception {
        Applicant a = recommended("Sweep Alpha", "en");
        Applicant b = recommended("Sweep Beta", "ru");
        String title = "Sweep list " + UUID.randomUUID();
        String listId = draftList(callId, title, a, b);
        circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        state("ms-fr").body(Map.of("applicationId", b.id(), "basis", "Objection for the sweep test"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        assertEquals(0, sweep.sweepDue(), "nothing is due before the deadline");

        clock.advance(Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> { start.await(); return sweep.sweepDue(); }),
                    pool.submit(() -> { start.await(); return sweep.sweepDue(); }));
            start.countDown();
            int closed = runs.get(0).get() + runs.get(1).get();
            assertTrue(closed >= 1, "one of the runs closed the list");
        } finally {
            pool.shutdown();
        }
        assertEquals(0, sweep.sweepDue(), "a further run finds nothing to do");

        for (Applicant app : List.of(a, b)) {
            assertEquals(1, count("select count(*) from application_event where application_id = ?1 and type = 'STATUS_CHANGED' "
                    + "and to_status in ('NO_OBJECTION', 'OBJECTED')", UUID.fromString(app.id())));
        }
        approver().get("/api/v1/applications/" + a.id()).then().body("status", equalTo("NO_OBJECTION"));
        approver().get("/api/v1/applications/" + b.id()).then().body("status", equalTo("OBJECTED"));
        assertEquals(1, count("select count(*) from outbox_email where kind = 'OBJECTION_WINDOW_CLOSED' and template_data like ?1",
                "%" + title + "%"));
        dispatcher.dispatchDue();
        assertEquals(1, mailbox.getMailsSentTo(config.secretariatEmail()).stream()
                .filter(m -> m.getSubject().contains(title)).count());
    }

    @Test
    void theDefaultDeadlineIsTenWorkingDaysAtSixPmNewYork() {
        Applicant a = recommended("Default Deadline", "en");
        String listId = draftList(callId, "Default deadline " + UUID.randomUUID(), a);
        Instant before = clock.instant();
        String deadline = approver().body("{}").post("/api/v1/non-objection-lists/" + listId + "/circulation")
                .then().statusCode(200).extract().path("deadline");
        Instant expected = Deadlines.afterWorkingDays(before, config.windowWorkingDays(), config.closingTime(),
                accredit.zone(), holidays.all());
        assertEquals(expected, Instant.parse(deadline));
        assertEquals(18, Instant.parse(deadline).atZone(ZoneId.of("America/New_York")).getHour());
    }

    @Test
    void aListCannotCirculateEmptyOrTwiceAndAWithdrawalTakesTheApplicationOff() {
        Applicant a = recommended("Withdrawn Draft", "en");
        String listId = draftList(callId, "Withdrawal list " + UUID.randomUUID(), a);
        // the applicant withdraws while the list is a draft: taken off, recorded; the list is now empty
        given().contentType("application/json").header("X-Tracking-Secret", a.secret()).body("{}")
                .post("/api/v1/tracking/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        approver().get("/api/v1/non-objection-lists/" + listId).then().body("entries.size()", equalTo(0));
        approver().get("/api/v1/applications/" + a.id()).then().body("history.type", hasItem("REMOVED_FROM_LIST"));
        approver().body(Map.of("deadline", OffsetDateTime.now().plusDays(3).toString()))
                .post("/api/v1/non-objection-lists/" + listId + "/circulation").then().statusCode(409);

        // a withdrawn application cannot be added; a para 9 application of the list goes in once
        approver().body(Map.of("applicationId", a.id())).post("/api/v1/non-objection-lists/" + listId + "/applications")
                .then().statusCode(409).body("currentStatus", equalTo("WITHDRAWN"));
        Applicant b = recommended("Circulated Then Withdrawn", "en");
        Applicant c = recommended("Stays On The List", "en");
        for (Applicant x : List.of(b, c)) {
            approver().body(Map.of("applicationId", x.id())).post("/api/v1/non-objection-lists/" + listId + "/applications")
                    .then().statusCode(200);
        }
        String other = draftList(callId, "Other list " + UUID.randomUUID());
        approver().body(Map.of("applicationId", b.id())).post("/api/v1/non-objection-lists/" + other + "/applications")
                .then().statusCode(409);
        circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(2));
        approver().body(Map.of("deadline", OffsetDateTime.now().plusDays(3).toString()))
                .post("/api/v1/non-objection-lists/" + listId + "/circulation").then().statusCode(409);
        approver().delete("/api/v1/non-objection-lists/" + listId + "/applications/" + c.id()).then().statusCode(409);

        // withdrawn during circulation: off the list and recorded; Member States no longer see it
        given().contentType("application/json").header("X-Tracking-Secret", b.secret()).body("{}")
                .post("/api/v1/tracking/withdrawal").then().statusCode(200);
        approver().get("/api/v1/non-objection-lists/" + listId).then().body("entries.applicationId", not(hasItem(b.id())))
                .body("entries.applicationId", hasItem(c.id()));
        state("ms-de").get("/api/v1/member-state/lists/" + listId).then().statusCode(200)
                .body("organizations.applicationId", not(hasItem(b.id())));
        state("ms-de").body(Map.of("applicationId", b.id(), "basis", "x"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(404);
        // a draft list is invisible to Member States
        state("ms-de").get("/api/v1/member-state/lists/" + other).then().statusCode(404);
    }

    @Test
    void earlyClosureNeedsAnAnswerFromEveryMemberStateWithAFocalPoint() {
        Applicant a = recommended("Early Close", "zh");
        String listId = draftList(callId, "Early list " + UUID.randomUUID(), a);
        circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusDays(5));
        approver().post("/api/v1/non-objection-lists/" + listId + "/early-closure").then().statusCode(409);
        Set<String> states = Set.copyOf(em.createQuery("select distinct u.stateCode from MemberStateUser u", String.class)
                .getResultList());
        assertEquals(Set.of("FR", "DE", "BR"), states, "the demo focal points are the only ones in the test profile");
        for (String user : List.of("ms-fr", "ms-de", "ms-br")) {
            state(user).post("/api/v1/member-state/lists/" + listId + "/no-objection").then().statusCode(200)
                    .body("noObjectionDeclared", equalTo(true));
        }
        approver().post("/api/v1/non-objection-lists/" + listId + "/early-closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("memberStatesAnswered", equalTo(3));
        approver().get("/api/v1/applications/" + a.id()).then().body("status", equalTo("NO_OBJECTION"));
        approver().body(Map.of("documentReference", "A/AC.291/9", "decidedOn",
                clock.instant().atZone(accredit.zone()).toLocalDate().plusDays(1).toString()))
                .post("/api/v1/non-objection-lists/" + listId + "/decision").then().statusCode(422);
    }

    @Test
    void memberStateUsersAreCreatedByAnAdminForUnMemberStatesOnly() {
        given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(Map.of("username", "ms-tw", "stateCode", "TW", "focalPointEmail", "tw@example.org", "language", "zh"))
                .post("/api/v1/admin/member-state-users").then().statusCode(400)
                .body("errors.field", hasItem("stateCode"));
        String username = "ms-fr-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(Map.of("username", username, "stateCode", "FR", "focalPointEmail", "focal.fr@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(201).body("stateCode", equalTo("FR"));
        given().auth().preemptive().basic("admin", "admin").contentType("application/json")
                .body(Map.of("username", username, "stateCode", "FR", "focalPointEmail", "focal.fr@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(409);
        approver().body(Map.of("username", "ms-x", "stateCode", "FR", "focalPointEmail", "x@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(403);
    }

    @Test
    void rolesAreEnforced() {
        reviewer().body(Map.of("callId", callId, "title", "Not mine")).post("/api/v1/non-objection-lists").then().statusCode(403);
        state("ms-fr").get("/api/v1/non-objection-lists").then().statusCode(403);
        state("ms-fr").get("/api/v1/applications").then().statusCode(403);
        approver().get("/api/v1/member-state/lists").then().statusCode(403);
        given().get("/api/v1/member-state/lists").then().statusCode(401);
        given().get("/api/v1/public/accredited-organizations").then().statusCode(200);
        given().queryParam("format", "xml").get("/api/v1/public/accredited-organizations").then().statusCode(400);
    }
}
