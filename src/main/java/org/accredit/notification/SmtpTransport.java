package org.accredit.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands one rendered email to SMTP. Over real SMTP the message is built here for the Vert.x mail
 * client that the Quarkus mailer configures ({@code quarkus.mailer.*}), because the mailer's own
 * conversion writes an empty {@code Cc:} header for every email and the client encodes the subject
 * one UTF-16 unit at a time, turning each emoji (or other character outside the Basic Multilingual
 * Plane) into "??". Here the message has no Cc or Bcc at all, and the subject is sent as RFC 2047
 * encoded words ({@link HeaderText#encodedWords}). With the mock mailer (dev, local, most tests)
 * the Quarkus mailer logs the email or keeps it in its mock mailbox, as before.
 */
@ApplicationScoped
class SmtpTransport {

    private final Mailer mailer;
    private final Instance<MailClient> client;
    private final boolean mock;
    private final Optional<String> from;
    private final Optional<String> bounceAddress;
    private final Optional<Duration> timeout;

    SmtpTransport(Mailer mailer, Instance<MailClient> client,
            @ConfigProperty(name = "quarkus.mailer.mock") Optional<Boolean> mock,
            @ConfigProperty(name = "quarkus.mailer.from") Optional<String> from,
            @ConfigProperty(name = "quarkus.mailer.bounce-address") Optional<String> bounceAddress,
            @ConfigProperty(name = "quarkus.mailer.timeout") Optional<Duration> timeout) {
        this.mailer = mailer;
        this.client = client;
        this.mock = mock.orElse(LaunchMode.current().isDevOrTest());
        this.from = from;
        this.bounceAddress = bounceAddress;
        this.timeout = timeout.filter(t -> !t.isZero() && !t.isNegative());
    }

    /** Whether emails go to the Quarkus mock mailer (dev, local, most tests) rather than to SMTP. */
    boolean isMock() {
        return mock;
    }

    void send(String recipient, RenderedEmail email) {
        if (mock) {
            mailer.send(Mail.withText(recipient, email.subject(), email.text()).setHtml(email.html()));
            return;
        }
        // like the Quarkus mailer: a send that hangs (a pooled connection the server dropped) gives up after the
        // mailer's timeout, and the outbox tries again later
        var sending = client.get().sendMail(message(recipient, email)).await();
        if (timeout.isPresent()) {
            sending.atMost(timeout.get());
        } else {
            sending.indefinitely();
        }
    }

    /** The MIME message as the Vert.x client encodes it: To only, and a subject already in encoded words. */
    MailMessage message(String recipient, RenderedEmail email) {
        MailMessage m = new MailMessage()
                .setFrom(from.orElseThrow(() -> new IllegalStateException("quarkus.mailer.from is not set")))
                .setTo(List.of(HeaderText.requireSafeAddress(recipient)))
                .setSubject(email.subject())
                .setText(email.text())
                .setHtml(email.html());
        bounceAddress.ifPresent(m::setBounceAddress);
        // user-supplied headers replace the client's own: the subject goes out as it is encoded here
        m.setHeaders(MultiMap.caseInsensitiveMultiMap().add("Subject", HeaderText.encodedWords(email.subject())));
        return m;
    }
}
