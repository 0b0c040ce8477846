package org.accredit.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Tells a failure that means "the database cannot be reached right now" from any other: the request is then
 * answered 503 with Retry-After (ProblemMappers), never 500, and the client may try again. Read from the
 * failure and its causes: Hibernate's JDBCConnectionException, JDBC's connection exceptions, an SQLState of
 * class 08 (connection exception), 57P01/57P02/57P03 (the server is shutting down or starting), 53300 (too
 * many connections) and the pool's acquisition timeout (Agroal reports it without an SQLState).
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before it tries again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);

    private DatabaseOutage() {
    }

    /**
     * Runs one turn of a scheduled job. While the database cannot be reached the turn is given up with one
     * warning line (the job runs again at its next turn), not an error with a stack trace every few seconds; any
     * other failure propagates to the scheduler, which logs it.
     */
    public static void scheduledTurn(String job, Runnable turn) {
        try {
            turn.run();
        } catch (RuntimeException e) {
            if (!isOutage(e)) {
                throw e;
            }
            LOG.warnf("%s: the database cannot be reached; trying again at the next run (%s)", job, e.getMessage());
        }
    }

    /**
     * Whether {@code failure}, one of its causes or one of their suppressed exceptions says the database could
     * not be reached. Suppressed ones count: when a commit fails because the connection broke, the transaction
     * manager throws a RollbackException whose connection failure is attached as suppressed, not as its cause.
     */
    public static boolean isOutage(Throwable failure) {
        return isOutage(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isOutage(Throwable t, Set<Throwable> seen) {
        if (t == null || seen.size() >= 40 || !seen.add(t)) {
            return false;
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || (t instanceof SQLException sql && isOutageState(sql))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isOutage(suppressed, seen)) {
                return true;
            }
        }
        return isOutage(t.getCause(), seen);
    }

    static boolean isOutageState(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        // Agroal: "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection"
        return message.contains("acquisition timeout");
    }
}
