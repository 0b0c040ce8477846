package org.accredit.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;

/** The outbox backlog is exposed at /q/metrics and follows the database. */
@QuarkusTest
class OutboxMetricsTest {

    @Inject
    Notifications notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void pendingGaugeFollowsTheOutbox() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                notifications.enqueue(null, "metrics-" + i + "@example.org", Language.ru, EmailKind.WITHDRAWAL,
                        EmailRenderingTest.data(EmailKind.WITHDRAWAL, "Metrics " + i));
            }
        });
        long pending = count(OutboxEmail.Status.PENDING);
        assertTrue(pending >= 3);
        assertEquals(pending, gauge("accredit_outbox_pending"));
        assertEquals(count(OutboxEmail.Status.FAILED), gauge("accredit_outbox_failed"));

        dispatcher.dispatchDue();

        // rows other tests wrote with a clock moved into the future are not yet due and stay pending
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count(
                "recipient like 'metrics-%' and status = ?1", OutboxEmail.Status.PENDING)));
        long stillPending = count(OutboxEmail.Status.PENDING);
        assertTrue(stillPending <= pending - 3);
        assertEquals(stillPending, gauge("accredit_outbox_pending"));
    }

    static long count(OutboxEmail.Status status) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("status", status));
    }

    static long gauge(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertTrue(m.find(), name + " is exposed");
        return (long) Double.parseDouble(m.group(1));
    }
}
