package org.accredit.objection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Whether the deadline sweep keeps up, as gauges read from the database at each scrape of /q/metrics:
 * {@code accredit_objection_overdue_lists}, the circulated lists whose objection window should have been closed
 * by a sweep already (deadline passed more than one sweep interval ago), and
 * {@code accredit_objection_sweep_lag_seconds}, how long past its deadline the oldest of them is (0 when none).
 * Either above 0 for long means no replica is sweeping. NaN when the database cannot be read.
 */
@Singleton
public class ObjectionMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(ObjectionMetrics.class);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration grace;

    public ObjectionMetrics(DataSource dataSource, Clock clock, ObjectionConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.grace = interval(config.sweepEvery());
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accredit.objection.overdue.lists", this, m -> m.overdue(false))
                .description("Circulated lists whose objection deadline passed more than one sweep interval ago")
                .register(registry);
        Gauge.builder("accredit.objection.sweep.lag", this, m -> m.overdue(true))
                .description("Seconds past its deadline of the oldest overdue circulated list (0 when none)")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The number of overdue lists, or (lag) the seconds since the oldest one's deadline. */
    double overdue(boolean lag) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*), min(deadline) from non_objection_list "
                        + "where status = 'CIRCULATED' and deadline < ?")) {
            s.setTimestamp(1, Timestamp.from(now.minus(grace)));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (!lag) {
                    return rs.getLong(1);
                }
                Timestamp oldest = rs.getTimestamp(2);
                return oldest == null ? 0 : Duration.between(oldest.toInstant(), now).toMillis() / 1000.0;
            }
        } catch (SQLException e) {
            LOG.debugf("Overdue lists unavailable: %s", e.getMessage());
            return Double.NaN;
        }
    }

    /** The sweep's interval ("60s", "5m", "PT1M", as the scheduler reads it); one minute when it is off. */
    static Duration interval(String every) {
        try {
            Duration d = DurationConverter.parseDuration(every);
            return d == null ? DEFAULT_INTERVAL : d;
        } catch (RuntimeException e) {
            return DEFAULT_INTERVAL;
        }
    }
}
