package org.accredit.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.accredit.ratelimit.RateLimiter;

/**
 * The rate limits of the endpoints anyone may call without a staff account: submitting an
 * application, the applicant's tracking posts and the lost-secret request. Each request counts against its client address
 * and against the address Accredit would write to (the submission's contact email, or for a tracking
 * post the application's contact email), so neither one sender nor many senders can make the
 * service mail one inbox without end. Called by the resources before the service's transaction.
 */
@ApplicationScoped
public class PublicPostLimits {

    /** Every public POST, per client address. */
    public static final String PER_CLIENT = "public-post-client";
    /** Every public POST, per recipient (contact email) address. */
    public static final String PER_RECIPIENT = "public-post-recipient";

    private final RateLimiter limiter;
    private final ApplicationService applications;

    public PublicPostLimits(RateLimiter limiter, ApplicationService applications) {
        this.limiter = limiter;
        this.applications = applications;
    }

    /** A submission from {@code client}, to be acknowledged at {@code contactEmail} (null if the body has none). */
    public void submission(String client, String contactEmail) {
        limiter.check(PER_CLIENT, client, PER_RECIPIENT, contactEmail);
    }

    /** A tracking post from {@code client} with {@code secret}: counted for the application's contact, if the secret is known. */
    public void trackingPost(String client, String secret) {
        limiter.check(PER_CLIENT, client, PER_RECIPIENT, applications.contactEmailOf(secret).orElse(null));
    }

    /**
     * A lost-secret request from {@code client} for the application whose contact email is given:
     * counted for the client and for that address (the only one the service may write to).
     */
    public void secretReissue(String client, String email) {
        limiter.check(PER_CLIENT, client, PER_RECIPIENT, email == null || email.isBlank() ? null : Application.normalizedEmail(email));
    }

    void requireConfiguration(@Observes StartupEvent start) {
        limiter.requireBuckets(PER_CLIENT, PER_RECIPIENT);
    }
}
