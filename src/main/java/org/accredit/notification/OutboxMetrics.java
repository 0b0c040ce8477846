package org.accredit.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The outbox backlog as gauges, read from the database at each scrape of /q/metrics:
 * {@code accredit_outbox_pending} (waiting to be delivered, retries included) and
 * {@code accredit_outbox_failed} (given up after the last attempt; needs an operator).
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final DataSource dataSource;

    public OutboxMetrics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("accredit.outbox.pending", this, m -> m.count(OutboxEmail.Status.PENDING))
                .description("Emails in the outbox waiting to be delivered")
                .register(registry);
        Gauge.builder("accredit.outbox.failed", this, m -> m.count(OutboxEmail.Status.FAILED))
                .description("Emails the dispatcher gave up on after the maximum number of attempts")
                .register(registry);
    }

    double count(OutboxEmail.Status status) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from outbox_email where status = ?")) {
            s.setString(1, status.name());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            LOG.debugf("Outbox %s count unavailable: %s", status, e.getMessage());
            return Double.NaN;
        }
    }
}
