package org.accredit.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.accredit.common.DatabaseOutage;
import org.jboss.logging.Logger;

/**
 * Counts requests per bucket and key in PostgreSQL, so every replica shares the same counts: one
 * {@code INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING} per check, in fixed windows aligned on
 * the epoch (every replica computes the same window). Keys (client addresses, email addresses) are
 * stored only as SHA-256 digests. Windows that have ended are deleted by {@link #removeEnded()}.
 *
 * <p>A public post counts its client and its recipient in one statement (two rows of one
 * {@code INSERT}), so one connection and one round trip serve both.
 *
 * <p>Call {@link #check} before the request's own transaction starts: the count is committed on its
 * own (autocommit), so a request that is then refused still counts, and no second connection is held
 * while a transaction holds one.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private static final String COUNT_HEAD = "insert into rate_limit_window (bucket, subject, window_start, window_end, hits) values ";
    private static final String COUNT_ROW = "(?, ?, ?, ?, 1)";
    /**
     * The statement commits on its own without waiting for the WAL flush ({@code synchronous_commit}
     * off for this transaction only, set while the statement runs, read at its commit): every count of
     * one key updates one row, whose lock is held until the commit, so with a flush per commit the
     * requests of one busy client (or one recipient) queued behind each other's disk writes. A
     * PostgreSQL crash may lose the counts of its last fraction of a second, never the service's data.
     */
    private static final String COUNT_TAIL = " on conflict (bucket, subject, window_start) "
            + "do update set hits = rate_limit_window.hits + 1 "
            + "returning bucket, hits, set_config('synchronous_commit', 'off', true)";
    /** The statement counting one key, and the one counting two (a public post: its client and its recipient). */
    private static final String COUNT_ONE = COUNT_HEAD + COUNT_ROW + COUNT_TAIL;
    private static final String COUNT_TWO = COUNT_HEAD + COUNT_ROW + ", " + COUNT_ROW + COUNT_TAIL;

    private final AgroalDataSource dataSource;
    private final RateLimitConfig config;
    private final Clock clock;

    public RateLimiter(AgroalDataSource dataSource, RateLimitConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Counts one request for {@code key} in {@code bucket}; past the bucket's limit, throws
     * {@link RateLimitedException} (429). A null or blank key is not counted.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(String bucket, String key) {
        check(bucket, key, null, null);
    }

    /**
     * Counts one request for {@code key} in {@code bucket} and for {@code otherKey} in {@code otherBucket}
     * (two different buckets), in one statement: one connection and one round trip instead of two. Both
     * are counted even when one is past its limit (a refused request still counts); the first bucket
     * past its limit, in the order given, is the one the 429 names. A null or blank key is not counted.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(String bucket, String key, String otherBucket, String otherKey) {
        if (!config.enabled()) {
            return;
        }
        boolean first = key != null && !key.isBlank();
        boolean second = otherBucket != null && otherKey != null && !otherKey.isBlank();
        if (first && second && bucket.equals(otherBucket)) {
            throw new IllegalArgumentException("two keys of one bucket: " + bucket);
        }
        if (!first && !second) {
            return;
        }
        Instant now = clock.instant();
        Window one = first ? window(bucket, now) : null;
        Window two = second ? window(otherBucket, now) : null;
        Map<String, Integer> hits = new HashMap<>(4);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(first && second ? COUNT_TWO : COUNT_ONE)) {
            int i = 1;
            if (first) {
                i = bind(s, i, bucket, key, one);
            }
            if (second) {
                bind(s, i, otherBucket, otherKey, two);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    hits.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit count failed", e);
        }
        if (first) {
            refuseIfPast(bucket, one, hits.get(bucket), now);
        }
        if (second) {
            refuseIfPast(otherBucket, two, hits.get(otherBucket), now);
        }
    }

    /** A bucket's limit and its current fixed window (aligned on the epoch), in epoch seconds. */
    private record Window(RateLimitConfig.Limit limit, long start, long end) {
    }

    private Window window(String bucket, Instant now) {
        RateLimitConfig.Limit limit = limit(bucket);
        long length = Math.max(1, limit.window().toSeconds());
        long start = Math.floorDiv(now.getEpochSecond(), length) * length;
        return new Window(limit, start, start + length);
    }

    private static int bind(PreparedStatement s, int i, String bucket, String key, Window w) throws SQLException {
        s.setString(i, bucket);
        s.setBytes(i + 1, digest(bucket, key));
        s.setObject(i + 2, OffsetDateTime.ofInstant(Instant.ofEpochSecond(w.start()), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        s.setObject(i + 3, OffsetDateTime.ofInstant(Instant.ofEpochSecond(w.end()), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
        return i + 4;
    }

    private static void refuseIfPast(String bucket, Window w, Integer hits, Instant now) {
        if (hits == null) {
            throw new IllegalStateException("rate limit count returned no row for " + bucket);
        }
        if (hits > w.limit().requests()) {
            long retryAfter = Math.max(1, w.end() - now.getEpochSecond());
            throw new RateLimitedException(bucket, retryAfter);
        }
    }

    @Scheduled(every = "${accredit.rate-limit.cleanup-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void cleanUp() {
        DatabaseOutage.scheduledTurn("Rate-limit cleanup", this::removeEnded);
    }

    /** Deletes the windows that have ended; returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int removeEnded() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from rate_limit_window where window_end <= ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            int removed = s.executeUpdate();
            if (removed > 0) {
                LOG.debugf("Removed %d ended rate-limit windows", removed);
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit cleanup failed", e);
        }
    }

    /** A bucket that the code checks but the configuration does not define stops the start. */
    public void requireBuckets(String... buckets) {
        for (String bucket : buckets) {
            limit(bucket);
        }
    }

    private RateLimitConfig.Limit limit(String bucket) {
        RateLimitConfig.Limit limit = config.buckets().get(bucket);
        if (limit == null) {
            throw new IllegalStateException("No rate limit configured for bucket " + bucket
                    + ": set accredit.rate-limit.buckets." + bucket + ".requests and .window");
        }
        if (limit.requests() < 1) {
            throw new IllegalStateException("accredit.rate-limit.buckets." + bucket + ".requests must be at least 1");
        }
        return limit;
    }

    void logSettings(@Observes StartupEvent start) {
        if (!config.enabled()) {
            LOG.info("Rate limits are off (accredit.rate-limit.enabled=false)");
        }
    }

    private static byte[] digest(String bucket, String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bucket.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(key.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
