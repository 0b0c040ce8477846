package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.accredit.organization.Language;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * With the mocked mailer (dev, local and test profiles) an email is not sent but written to the
 * log, subject and both bodies, so a developer sees what an applicant would receive.
 */
@QuarkusTest
class MockMailerLoggingTest {

    @Inject
    Notifications notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void mockedMailerLogsSubjectAndBodies() {
        String organization = "Logged Organization " + UUID.randomUUID();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("quarkus-mailer");
        logger.addHandler(capture);
        try {
            QuarkusTransaction.requiringNew().run(() -> notifications.enqueue(null, "logged@example.org", Language.en,
                    EmailKind.WITHDRAWAL, EmailRenderingTest.data(EmailKind.WITHDRAWAL, organization)));
            dispatcher.dispatchDue();
        } finally {
            logger.removeHandler(capture);
        }
        String logged = lines.stream().filter(l -> l.contains(organization)).findFirst().orElse("");
        assertTrue(logged.contains("AHC-2026-00042: application withdrawn"), "subject logged: " + lines);
        assertTrue(logged.contains("As requested, the application of " + organization), "text body logged: " + logged);
        assertTrue(logged.contains("<html lang=\"en\">"), "html body logged: " + logged);
    }
}
