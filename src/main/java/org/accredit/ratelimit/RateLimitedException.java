package org.accredit.ratelimit;

/** A key used up its bucket's allowance for the current window. Answered 429 with Retry-After. */
public class RateLimitedException extends RuntimeException {

    private final String bucket;
    private final long retryAfterSeconds;

    public RateLimitedException(String bucket, long retryAfterSeconds) {
        super("rate limit of bucket " + bucket + " reached");
        this.bucket = bucket;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String bucket() {
        return bucket;
    }

    /** Seconds until the window ends (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
