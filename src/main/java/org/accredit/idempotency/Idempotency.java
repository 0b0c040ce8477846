package org.accredit.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.accredit.common.DatabaseOutage;
import org.accredit.common.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * Idempotency keys kept in PostgreSQL (table {@code idempotency_key}), shared by every replica.
 *
 * <p>A first request claims its key with one {@code INSERT ... ON CONFLICT DO NOTHING}-style statement
 * committed on its own (autocommit), before the request's own transaction: of two concurrent first
 * requests only one claims it, the other is told the key is in flight (409). When the first request
 * succeeds (2xx, or 3xx: a form's redirect) its response is stored and replayed to every retry with the same key and payload for
 * {@link IdempotencyConfig#keep()}; when it fails (4xx, 5xx, an exception) the claim is deleted, so the
 * client may retry with the same key (corrected, if need be): errors are not stored. A claim left by a
 * replica that died is taken over after {@link IdempotencyConfig#inFlightLease()}.
 *
 * <p>The key is scoped to its caller (the same key from two callers is two keys) and stored only as
 * a digest. The stored body is encrypted (AES-GCM) with a key derived from the idempotency key itself,
 * so a stored receipt (which may hold a tracking secret) is readable only by whoever knows the key.
 */
@ApplicationScoped
public class Idempotency {

    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String CLAIM = "insert into idempotency_key as k (lookup, fingerprint, state, claim, locked_until, created_at, expires_at) "
            + "values (?, ?, 'IN_FLIGHT', ?, ?, ?, ?) "
            + "on conflict (lookup) do update set fingerprint = excluded.fingerprint, state = 'IN_FLIGHT', claim = excluded.claim, "
            + "locked_until = excluded.locked_until, created_at = excluded.created_at, expires_at = excluded.expires_at, "
            + "status = null, content_type = null, location = null, iv = null, body = null "
            + "where k.expires_at <= excluded.created_at or (k.state = 'IN_FLIGHT' and k.locked_until <= excluded.created_at) "
            + "returning 1";
    private static final String READ = "select fingerprint, state, status, content_type, location, iv, body "
            + "from idempotency_key where lookup = ? and expires_at > ?";
    private static final String COMPLETE = "update idempotency_key set state = 'DONE', locked_until = null, status = ?, "
            + "content_type = ?, location = ?, iv = ?, body = ? where lookup = ? and state = 'IN_FLIGHT' and claim = ?";
    private static final String RELEASE = "delete from idempotency_key where lookup = ? and state = 'IN_FLIGHT' and claim = ?";

    private final AgroalDataSource dataSource;
    private final IdempotencyConfig config;
    private final Clock clock;

    public Idempotency(AgroalDataSource dataSource, IdempotencyConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** What a request with a key may do: run (it claimed the key), or answer the stored response. */
    public sealed interface Claim permits Claimed, Replay {
    }

    /** The key is this request's: run it, then {@link #complete} or {@link #release}. */
    public record Claimed(String key, Fingerprint fingerprint, UUID id) implements Claim {
    }

    /** The key was used before with the same payload: answer its first response again. */
    public record Replay(StoredResponse response) implements Claim {
    }

    /** The outcome of {@link #run}: the response, and whether it replays an earlier one. */
    public record Result(StoredResponse response, boolean replayed) {
    }

    /**
     * Runs {@code action} once per key and fingerprint: the first call runs it, later calls with the
     * same key and fingerprint get its response again (while it succeeded, 2xx). 409 while the first
     * is in flight, 422 for the same key with another payload. A failed action (an exception, or a
     * 4xx or 5xx response) frees the key.
     */
    public Result run(String key, Fingerprint fingerprint, Supplier<StoredResponse> action) {
        Claim claim = claim(key, fingerprint);
        if (claim instanceof Replay replay) {
            return new Result(replay.response(), true);
        }
        Claimed claimed = (Claimed) claim;
        StoredResponse response;
        try {
            response = action.get();
        } catch (RuntimeException | Error e) {
            release(claimed);
            throw e;
        }
        if (response.successful()) {
            complete(claimed, response);
        } else {
            release(claimed);
        }
        return new Result(response, false);
    }

    /**
     * Claims {@code key} for {@code fingerprint} (committed at once, on its own), or finds its stored
     * response. Throws 409 while another request holds the key, 422 when the key was used for another
     * payload.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Claim claim(String key, Fingerprint fingerprint) {
        byte[] lookup = lookup(key, fingerprint);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            // two rounds: a key found at the first may be deleted (released, expired) before it is read
            for (int round = 0; round < 2; round++) {
                UUID id = UUID.randomUUID();
                try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                    s.setBytes(1, lookup);
                    s.setBytes(2, fingerprint.payload());
                    s.setObject(3, id);
                    s.setObject(4, at(now.plus(config.inFlightLease())), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(5, at(now), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(6, at(now.plus(config.keep())), Types.TIMESTAMP_WITH_TIMEZONE);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            return new Claimed(key, fingerprint, id);
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement(READ)) {
                    s.setBytes(1, lookup);
                    s.setObject(2, at(now), Types.TIMESTAMP_WITH_TIMEZONE);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        if (!MessageDigest.isEqual(rs.getBytes("fingerprint"), fingerprint.payload())) {
                            throw RuleViolationException.unprocessable("This Idempotency-Key was used for another request "
                                    + "(another method, path or body). Use a new key for a new request.");
                        }
                        if ("IN_FLIGHT".equals(rs.getString("state"))) {
                            throw RuleViolationException.conflict("A request with this Idempotency-Key is still being "
                                    + "processed. Retry later to get its response.");
                        }
                        byte[] body = decrypt(key, fingerprint, rs.getBytes("iv"), rs.getBytes("body"));
                        return new Replay(new StoredResponse(rs.getInt("status"), rs.getString("content_type"),
                                rs.getString("location"), body));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key claim failed", e);
        }
        throw RuleViolationException.conflict("A request with this Idempotency-Key is still being processed. Retry later.");
    }

    /**
     * Stores the response of a claimed request (a success) for replay. A failure to store it is logged,
     * not thrown: the request did succeed, and its client gets its response.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void complete(Claimed claimed, StoredResponse response) {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        byte[] body = crypt(Cipher.ENCRYPT_MODE, claimed.key(), claimed.fingerprint(), iv, response.body());
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(COMPLETE)) {
            s.setInt(1, response.status());
            s.setString(2, response.contentType());
            s.setString(3, response.location());
            s.setBytes(4, iv);
            s.setBytes(5, body);
            s.setBytes(6, lookup(claimed.key(), claimed.fingerprint()));
            s.setObject(7, claimed.id());
            if (s.executeUpdate() == 0) {
                LOG.warn("An idempotency key's claim was gone when its response was stored (its lease ran out)");
            }
        } catch (SQLException e) {
            // the request did succeed: its client gets its response; the claim frees itself when its lease runs out
            LOG.warn("An idempotency key's response could not be stored; a retry after its lease runs again", e);
        }
    }

    /** Frees a claimed key whose request failed: the client may retry with it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void release(Claimed claimed) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RELEASE)) {
            s.setBytes(1, lookup(claimed.key(), claimed.fingerprint()));
            s.setObject(2, claimed.id());
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("An idempotency key could not be released; it frees itself when its lease runs out", e);
        }
    }

    @Scheduled(every = "${accredit.idempotency.cleanup-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void cleanUp() {
        DatabaseOutage.scheduledTurn("Idempotency key cleanup", this::removeExpired);
    }

    /** Deletes the expired keys (one set-based statement, safe on several replicas at once); returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int removeExpired() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from idempotency_key where expires_at <= ?")) {
            s.setObject(1, at(clock.instant()), Types.TIMESTAMP_WITH_TIMEZONE);
            int removed = s.executeUpdate();
            if (removed > 0) {
                LOG.debugf("Removed %d expired idempotency keys", removed);
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency key cleanup failed", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The row's id: the caller's digest and the key, digested (the key itself is not stored). */
    private static byte[] lookup(String key, Fingerprint fingerprint) {
        MessageDigest sha = Fingerprint.sha();
        sha.update(fingerprint.caller());
        sha.update((byte) 0);
        return sha.digest(key.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] decrypt(String key, Fingerprint fingerprint, byte[] iv, byte[] body) {
        return crypt(Cipher.DECRYPT_MODE, key, fingerprint, iv, body);
    }

    private static byte[] crypt(int mode, String key, Fingerprint fingerprint, byte[] iv, byte[] data) {
        MessageDigest sha = Fingerprint.sha();
        sha.update("accredit idempotency body".getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(fingerprint.caller());
        sha.update((byte) 0);
        byte[] secret = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(128, iv));
            return cipher.doFinal(data == null ? new byte[0] : data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("idempotency body cipher failed", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
