package org.accredit.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.accredit.organization.Language;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * With the mocked mailer (dev, local and test profiles) an email is not sent but summed up in the
 * log (recipient, subject, text body), so a developer sees what an applicant would receive; an
 * email that carries a tracking secret is logged without its body, and the secret reaches no log.
 */
@QuarkusTest
class MockMailerLoggingTest {

    @Inject
    Notifications notifications;

    @Inject
    OutboxDispatcher dispatcher;

    /** Every log record of every category (at any level that is enabled) while {@code action} runs. */
    private static List<String> logDuring(Runnable action) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + ": "
                        + (record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            action.run();
        } finally {
            root.removeHandler(capture);
        }
        return lines;
    }

    @Test
    void mockedMailerLogsRecipientSubjectAndTextBody() {
        String organization = "Logged Organization " + UUID.randomUUID();
        List<String> lines = logDuring(() -> {
            QuarkusTransaction.requiringNew().run(() -> notifications.enqueue(null, "logged@example.org", Language.en,
                    EmailKind.WITHDRAWAL, EmailRenderingTest.data(EmailKind.WITHDRAWAL, organization)));
            dispatcher.dispatchDue();
        });
        String logged = lines.stream().filter(l -> l.contains(organization)).findFirst().orElse("");
        assertTrue(logged.startsWith("accredit.mock-mailer: "), "logged on the mock mailer's category: " + lines);
        assertTrue(logged.contains("logged@example.org"), "recipient logged: " + logged);
        assertTrue(logged.contains("AHC-2026-00042: application withdrawn"), "subject logged: " + logged);
        assertTrue(logged.contains("As requested, the application of " + organization), "text body logged: " + logged);
    }

    @Test
    void theAcknowledgementsTrackingSecretReachesNoLog() {
        String email = "ack-" + UUID.randomUUID() + "@example.org";
        List<String> lines = new CopyOnWriteArrayList<>();
        String[] secret = new String[1];
        lines.addAll(logDuring(() -> {
            secret[0] = given().contentType(ContentType.JSON)
                    .body("""
                            {"organization":{"name":"Secret Keeping Organization","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"AT"},
                             "contact":{"name":"A. Person","email":"%s"},"language":"en"}
                            """.formatted(email))
                    .post("/api/v1/applications")
                    .then().statusCode(201).extract().path("trackingSecret");
            dispatcher.dispatchDue();
        }));
        assertTrue(secret[0] != null && secret[0].length() > 10, "the submission answered a tracking secret");
        String summary = lines.stream().filter(l -> l.contains(email)).findFirst().orElse("");
        assertTrue(summary.startsWith("accredit.mock-mailer: ") && summary.contains("ACKNOWLEDGEMENT"),
                "the acknowledgement was logged as sent by the mock mailer: " + lines);
        assertTrue(summary.contains("not logged"), "its body is left out: " + summary);
        assertFalse(lines.stream().anyMatch(l -> l.contains(secret[0])), "the tracking secret is in the log: " + lines);
    }
}
