package org.accredit.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The outbox backlog as gauges, read from the database at each scrape of /q/metrics:
 * {@code accredit_outbox_pending} (waiting to be delivered, retries and the ones being sent included),
 * {@code accredit_outbox_sending} (claimed by a dispatcher that is sending them; one batch, accredit.mail.batch-size,
 * per dispatcher at most, unless dispatchers died and their claims have not yet run out),
 * {@code accredit_outbox_failed} (given up after the last attempt; needs an operator) and
 * {@code accredit_outbox_oldest_pending_age_seconds} (how long the oldest pending email has waited since it was
 * written; 0 when none is pending). NaN when the database cannot be read.
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final DataSource dataSource;
    private final Clock clock;

    public OutboxMetrics(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accredit.outbox.pending", this, m -> m.count(OutboxEmail.Status.PENDING, OutboxEmail.Status.SENDING))
                .description("Emails in the outbox waiting to be delivered (being sent included)")
                .register(registry);
        Gauge.builder("accredit.outbox.sending", this, m -> m.count(OutboxEmail.Status.SENDING))
                .description("Emails a dispatcher claimed and is sending (or whose dispatcher died before its claim ran out)")
                .register(registry);
        Gauge.builder("accredit.outbox.failed", this, m -> m.count(OutboxEmail.Status.FAILED))
                .description("Emails the dispatcher gave up on after the maximum number of attempts")
                .register(registry);
        Gauge.builder("accredit.outbox.oldest.pending.age", this, OutboxMetrics::oldestPendingAge)
                .description("Seconds since the oldest pending email was written (0 when none is pending)")
                .baseUnit("seconds")
                .register(registry);
    }

    double oldestPendingAge() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select min(created_at) from outbox_email where status in ('PENDING', 'SENDING')")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                java.sql.Timestamp oldest = rs.getTimestamp(1);
                if (oldest == null) {
                    return 0;
                }
                return Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
            }
        } catch (SQLException e) {
            LOG.debugf("Oldest pending email unavailable: %s", e.getMessage());
            return Double.NaN;
        }
    }

    double count(OutboxEmail.Status... statuses) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from outbox_email where status = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", java.util.Arrays.stream(statuses).map(Enum::name).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox %s count unavailable: %s", java.util.Arrays.toString(statuses), e.getMessage());
            return Double.NaN;
        }
    }
}
