package org.accredit.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;

/**
 * Writes new rows with plain {@code INSERT}s on the current transaction's connection, for the
 * busiest write path (a submission writes an application, its history and its acknowledgement).
 * Such rows are never changed in the transaction that creates them, so keeping them in the
 * persistence context, or going through Hibernate's generic insert machinery, would only cost
 * time: the profile of a submission showed Hibernate's inserts at over a third of its CPU
 * samples. Entities still map these tables for every read and update. An insert refused by a unique
 * constraint surfaces as {@link UniqueViolationException}, naming the constraint, without being
 * logged as an SQL error; any other SQL error as Hibernate's exception, logged.
 */
@ApplicationScoped
public class RowWriter {

    /** SQLSTATE unique_violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private final EntityManager em;

    public RowWriter(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs the inserts in one round trip to the database: one prepared statement holding all of
     * them, separated by semicolons, which the PostgreSQL driver sends together with a single sync
     * (a change's history line and its email, say). Must run in a transaction.
     */
    public void insert(Insert... inserts) {
        String sql = inserts.length == 1 ? inserts[0].sql()
                : Arrays.stream(inserts).map(Insert::sql).collect(Collectors.joining(";\n"));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Row row = new Row(statement);
                for (Insert insert : inserts) {
                    insert.values().bind(row);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                // An expected refusal (a duplicate) is handed to the service as such; any other SQL
                // error goes on to Hibernate, which logs it and converts it.
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new UniqueViolationException(constraintName(e), e);
                }
                throw e;
            }
        });
    }

    private static String constraintName(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    /** One insert, not yet run: its SQL and what binds its parameters. */
    public record Insert(String sql, Values values) {
    }

    @FunctionalInterface
    public interface Values {
        void bind(Row row) throws SQLException;
    }

    /** Binds the statement's parameters one after the other, each with a fixed SQL type, null or not. */
    public static final class Row {

        private final PreparedStatement statement;
        private int index;

        Row(PreparedStatement statement) {
            this.statement = statement;
        }

        public Row uuid(UUID value) throws SQLException {
            statement.setObject(++index, value, Types.OTHER);
            return this;
        }

        public Row text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.VARCHAR);
            } else {
                statement.setString(++index, value);
            }
            return this;
        }

        public Row name(Enum<?> value) throws SQLException {
            return text(value == null ? null : value.name());
        }

        public Row instant(Instant value) throws SQLException {
            statement.setObject(++index, value == null ? null : OffsetDateTime.ofInstant(value, ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            return this;
        }

        public Row bool(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        public Row integer(long value) throws SQLException {
            statement.setLong(++index, value);
            return this;
        }

        public Row bytes(byte[] value) throws SQLException {
            statement.setBytes(++index, value);
            return this;
        }
    }
}
