package org.accredit.objection;

import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.circulate;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.accredit.support.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two identical requests released at the same moment, where the service checks for a row and then
 * inserts one: the first is created (201), the second refused (409), never a 500. Repeated a few
 * times per case. The expected refusals leave Hibernate's JDBC error log empty, while that log is on
 * and shows a real SQL error.
 */
@QuarkusTest
class ConcurrentDuplicatesTest {

    static final int ROUNDS = 4;
    static final String JDBC_ERROR_LOG = "org.hibernate.orm.jdbc.error";

    @Inject
    EntityManager em;

    final List<LogRecord> sqlErrors = Collections.synchronizedList(new ArrayList<>());
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            sqlErrors.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listenToTheJdbcErrorLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger(JDBC_ERROR_LOG).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(JDBC_ERROR_LOG).removeHandler(capture);
    }

    /** Other tests count on the demo focal points being the only Member State users. */
    @AfterEach
    void removeRaceUsers() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from member_state_user where username like 'ms-race-%'").executeUpdate());
    }

    @Test
    void theSameHolidayAddedTwiceAtOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = LocalDate.of(2400 + ThreadLocalRandom.current().nextInt(5000), 1, 1)
                    .plusDays(ThreadLocalRandom.current().nextInt(365));
            Map<String, Object> body = Map.of("date", day.toString(), "name", "Concurrent holiday");
            assertOneCreatedOneConflict(() -> Api.as("admin").body(body).post("/api/v1/admin/holidays"));
            Api.as("admin").delete("/api/v1/admin/holidays/" + day).then().statusCode(204);
        }
        assertNoSqlErrorLogged();
    }

    @Test
    void theSameMemberStateLoginCreatedTwiceAtOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            String login = "ms-race-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            Map<String, Object> body = Map.of("username", login, "stateCode", "JP",
                    "focalPointEmail", login + "@example.org", "language", "en");
            assertOneCreatedOneConflict(() -> Api.as("admin").body(body).post("/api/v1/admin/member-state-users"));
        }
        assertNoSqlErrorLogged();
    }

    @Test
    void theSameOrganizationSubmittedTwiceAtOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> body = Api.body(Api.unique("Twice Submitted Org"), "UN_ENTITY", "FR", null,
                    Api.uniqueEmail(), "en");
            assertOneCreatedOneConflict(() -> Api.anonymous().body(body).post("/api/v1/applications"));
        }
        assertNoSqlErrorLogged();
    }

    @Test
    void twoOverlappingCallsScheduledAtOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            // far in the future, a year of its own: no other test's call is there
            OffsetDateTime opens = OffsetDateTime.of(3000 + ThreadLocalRandom.current().nextInt(5000), 3, 1, 0, 0, 0, 0,
                    ZoneOffset.UTC);
            // Instant.toString() keeps the seconds (RFC 3339 date-time, as the document says)
            Map<String, Object> first = Map.of("title", "Race A", "opensAt", opens.toInstant().toString(),
                    "closesAt", opens.plusDays(30).toInstant().toString());
            Map<String, Object> second = Map.of("title", "Race B", "opensAt", opens.plusDays(10).toInstant().toString(),
                    "closesAt", opens.plusDays(40).toInstant().toString());
            List<Integer> statuses = atOnce(() -> Api.as("admin").body(first).post("/api/v1/calls"),
                    () -> Api.as("admin").body(second).post("/api/v1/calls"));
            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "statuses " + statuses);
        }
        assertNoSqlErrorLogged();
    }

    @Test
    void aStatesSecondStandingObjectionAndSecondBasisRequestAtOnce() {
        String callId = Api.ensureOpenCall();
        for (int round = 0; round < ROUNDS - 1; round++) {
            Para9Fixtures.Applicant a = recommended("Race Objection Org", "en");
            String listId = draftList(callId, "Race list " + a.id().substring(0, 8), a);
            circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));

            Map<String, Object> objection = Map.of("applicationId", a.id(), "basis", "Concurrent objection");
            assertOneCreatedOneConflict(() -> state("ms-de").body(objection)
                    .post("/api/v1/member-state/lists/" + listId + "/objections"));
            Map<String, Object> ask = Map.of("applicationId", a.id());
            assertOneCreatedOneConflict(() -> state("ms-de").body(ask)
                    .post("/api/v1/member-state/lists/" + listId + "/disclosure-requests"));
            // declaring "no objection" twice at once: both answered, one declaration kept
            List<Integer> declared = atOnce(() -> state("ms-br").post("/api/v1/member-state/lists/" + listId + "/no-objection"),
                    () -> state("ms-br").post("/api/v1/member-state/lists/" + listId + "/no-objection"));
            assertEquals(List.of(200, 200), declared);
            approver().get("/api/v1/non-objection-lists/" + listId).then().statusCode(200);
        }
        assertNoSqlErrorLogged();
    }

    @Test
    void aRealSqlErrorIsStillLogged() {
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> em.createNativeQuery("select no_such_column from application").getResultList()));
        assertTrue(sqlErrors.stream().anyMatch(r -> String.valueOf(r.getMessage()).contains("no_such_column")
                        || String.valueOf(r.getMessage()).contains("42703")),
                "Hibernate's JDBC error log is on and shows the real error: " + messages());
    }

    private void assertOneCreatedOneConflict(Supplier<Response> request) {
        List<Integer> statuses = atOnce(request, request);
        assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "statuses " + statuses);
    }

    private void assertNoSqlErrorLogged() {
        assertEquals(List.of(), messages(), "an expected duplicate is no SQL error");
    }

    private List<String> messages() {
        synchronized (sqlErrors) {
            return sqlErrors.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList();
        }
    }

    /** Runs both requests on two threads released by one barrier; their statuses in order. */
    private static List<Integer> atOnce(Supplier<Response> first, Supplier<Response> second) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            Future<Integer> a = pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return first.get().statusCode();
            });
            Future<Integer> b = pool.submit(() -> {
                barrier.await(30, TimeUnit.SECONDS);
                return second.get().statusCode();
            });
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
