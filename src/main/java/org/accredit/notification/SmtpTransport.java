package org.accredit.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands rendered emails to SMTP. Over real SMTP the message is built here for the Vert.x mail
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

    /**
     * Starts sending one email; the stage completes when the server accepted it. A permanent refusal (an SMTP reply
     * 5xx to this message, e.g. 550 no such mailbox) fails it with {@link PermanentFailure}: sending it again would get
     * the same answer. Anything else (4xx replies, dropped or refused connections, no answer within
     * {@code quarkus.mailer.timeout}) fails it as it came and the outbox tries again later. Over real SMTP the send does
     * not hold the calling thread, so a caller may have several under way (the Vert.x client keeps a pool of
     * connections, {@code quarkus.mailer.max-pool-size}); the mock mailer sends before this returns.
     */
    CompletionStage<Void> send(UUID outboxId, String recipient, RenderedEmail email) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            if (mock) {
                mailer.send(Mail.withText(recipient, email.subject(), email.text()).setHtml(email.html())
                        .addHeader("Message-ID", messageId(outboxId)));
                done.complete(null);
                return done;
            }
            Uni<?> sending = client.get().sendMail(message(outboxId, recipient, email));
            // like the Quarkus mailer: a send that hangs (a pooled connection the server dropped) gives up after the
            // mailer's timeout, and the outbox tries again later
            if (timeout.isPresent()) {
                sending = sending.ifNoItem().after(timeout.get()).fail();
            }
            sending.subscribe().with(sent -> done.complete(null), failure -> {
                PermanentFailure permanent = permanent(failure);
                done.completeExceptionally(permanent != null ? permanent : failure);
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    /** How long one send may take before it counts as failed ({@code quarkus.mailer.timeout}); empty: no bound. */
    Optional<Duration> timeout() {
        return timeout;
    }

    /** The Message-ID of an outbox email: its row id, so a receiver can tell a repeated delivery from a new email. */
    static String messageId(UUID outboxId) {
        return "<" + outboxId + "@accredit>";
    }

    /**
     * The permanent refusal in {@code failure}'s causes, or null: an SMTP reply 5xx, except the authentication
     * replies (530, 534, 535, 538), which are the operator's settings to fix, not the email's fault, and stay retried.
     */
    static PermanentFailure permanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                int code = smtp.getReplyCode();
                boolean auth = code == 530 || code == 534 || code == 535 || code == 538;
                if (smtp.isPermanent() && !auth) {
                    String reply = smtp.getReplyMessage();
                    return new PermanentFailure(reply == null || reply.isBlank() ? "SMTP " + code : reply.strip());
                }
                return null;
            }
        }
        return null;
    }

    /** The SMTP server refused this email for good (a 5xx reply); the message is the server's reply. */
    static final class PermanentFailure extends RuntimeException {
        PermanentFailure(String reply) {
            super(reply, null, false, false);
        }
    }

    /** The MIME message as the Vert.x client encodes it: To only, and a subject already in encoded words. */
    MailMessage message(UUID outboxId, String recipient, RenderedEmail email) {
        MailMessage m = new MailMessage()
                .setFrom(from.orElseThrow(() -> new IllegalStateException("quarkus.mailer.from is not set")))
                .setTo(List.of(HeaderText.requireSafeAddress(recipient)))
                .setSubject(email.subject())
                .setText(email.text())
                .setHtml(email.html());
        bounceAddress.ifPresent(m::setBounceAddress);
        // user-supplied headers replace the client's own: the subject goes out as it is encoded here
        m.setHeaders(MultiMap.caseInsensitiveMultiMap().add("Subject", HeaderText.encodedWords(email.subject()))
                .add("Message-ID", messageId(outboxId)));
        return m;
    }
}
