package org.accredit.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gauges the alerts read (deploy/): the age of the oldest pending email, the objection lists the deadline
 * sweep should have closed and how late it is, and Micrometer's HTTP server requests by status. In the test
 * profile the management interface is off, so /q/metrics is on the test port.
 */
@QuarkusTest
class OperationsMetricsTest {

    @Inject
    EntityManager em;

    @Test
    void theOldestPendingEmailsAgeIsExposed() {
        UUID id = UUID.randomUUID();
        Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_email (id, kind, recipient, "
                        + "language, subject, body_text, status, attempts, next_attempt_at, created_at) values (?1, "
                        + "'WITHDRAWAL', 'age@example.org', 'en', 's', 't', 'PENDING', 0, ?2, ?2)")
                .setParameter(1, id).setParameter(2, Instant.now().plus(3650, ChronoUnit.DAYS)).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_email set created_at = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, twoHoursAgo).executeUpdate());
        try {
            assertTrue(gauge("accredit_outbox_oldest_pending_age_seconds") >= 7200 - 60,
                    "an email pending for two hours at least");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from outbox_email where id = ?1")
                    .setParameter(1, id).executeUpdate());
        }
    }

    @Test
    void theSweepGaugesCountOverdueListsAndHttpRequestsAreCountedByStatus() {
        double before = gauge("accredit_objection_overdue_lists");
        // a circulated list whose deadline passed three days ago, as if no replica had swept since
        UUID call = UUID.randomUUID();
        UUID list = UUID.randomUUID();
        Instant deadline = Instant.now().minus(3, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into call_for_applications (id, title, opens_at, closes_at, created_at, created_by) "
                    + "values (?1, 'Metrics call', ?2, ?3, ?2, 'test')").setParameter(1, call)
                    .setParameter(2, deadline.minus(30, ChronoUnit.DAYS)).setParameter(3, deadline).executeUpdate();
            em.createNativeQuery("insert into non_objection_list (id, call_id, title, status, created_at, created_by, "
                    + "circulated_at, circulated_by, deadline) values (?1, ?2, 'Overdue', 'CIRCULATED', ?3, 'test', ?3, 'test', ?4)")
                    .setParameter(1, list).setParameter(2, call).setParameter(3, deadline.minus(14, ChronoUnit.DAYS))
                    .setParameter(4, deadline).executeUpdate();
        });
        try {
            assertEquals(before + 1, gauge("accredit_objection_overdue_lists"));
            assertTrue(gauge("accredit_objection_sweep_lag_seconds") >= 3 * 86400 - 60, "three days late at least");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from non_objection_list where id = ?1").setParameter(1, list).executeUpdate();
                em.createNativeQuery("delete from call_for_applications where id = ?1").setParameter(1, call).executeUpdate();
            });
        }
        given().get("/api/v1/calls").then().statusCode(200);
        String metrics = scrape();
        assertTrue(metrics.contains("http_server_requests_seconds_count{"), "Micrometer's HTTP server metrics are on");
        assertTrue(Pattern.compile("http_server_requests_seconds_count\\{[^}]*status=\"200\"[^}]*uri=\"/api/v1/calls\"")
                .matcher(metrics).find(), "requests are counted by status and route");
    }

    static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    static double gauge(String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(scrape());
        assertTrue(m.find(), name + " is exposed");
        return Double.parseDouble(m.group(1));
    }
}
