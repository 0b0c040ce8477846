package org.accredit.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate sends, as it sends it (tests only): {@link #of} runs some work and returns the
 * statements that work prepared on this thread. Outside {@link #of} it records nothing and changes nothing.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class RecordedSql implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        List<String> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** The statements {@code work} prepared on this thread, in order. */
    public static List<String> of(Supplier<?> work) {
        List<String> recording = new ArrayList<>();
        RECORDING.set(recording);
        try {
            work.get();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }
}
