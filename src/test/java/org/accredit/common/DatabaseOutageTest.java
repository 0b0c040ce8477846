package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503 with Retry-After), and which do not (500). */
class DatabaseOutageTest {

    @Test
    void connectionFailuresAreOutagesWhereverTheyAreInTheCauses() {
        assertTrue(DatabaseOutage.isOutage(new JDBCConnectionException("x", new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.isOutage(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.isOutage(new RuntimeException(new SQLException("terminating connection due to "
                + "administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isOutage(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("shutting down", "57P02")));
        assertTrue(DatabaseOutage.isOutage(new SQLTransientConnectionException("gone")));
        // Agroal's pool gives up waiting for a connection without an SQLState; Hibernate wraps it as a generic error
        assertTrue(DatabaseOutage.isOutage(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseOutage.isOutage(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void aCommitThatFailedOnABrokenConnectionIsAnOutage() {
        // as Narayana reports it: the pool's XAException, caused by the driver's I/O error, is suppressed in the rollback
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.isOutage(new RuntimeException("Error invoking subclass method", rollback)));
        jakarta.transaction.RollbackException other = new jakarta.transaction.RollbackException("Could not commit transaction.");
        other.addSuppressed(new SQLException("duplicate key", "23505"));
        assertFalse(DatabaseOutage.isOutage(new RuntimeException(other)));
    }

    @Test
    void aScheduledTurnGivesUpQuietlyOnAnOutageOnly() {
        int[] runs = {0};
        DatabaseOutage.scheduledTurn("test job", () -> {
            runs[0]++;
            throw new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused", "08001"));
        });
        assertEquals(1, runs[0]);
        IllegalStateException bug = new IllegalStateException("bug");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> DatabaseOutage.scheduledTurn("test job", () -> {
                    throw bug;
                }));
        assertEquals(bug, thrown);
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseOutage.isOutage(b));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isOutage(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.isOutage(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.isOutage(new GenericJDBCException("x", new SQLException("no state"))));
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isOutage(null));
    }

    @Test
    void anOutageIsAnswered503WithRetryAfterAndNoClassName() {
        Response r = new ProblemMappers().unexpected(new JDBCConnectionException("Unable to open JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertEquals(503, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        assertEquals(String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
        Problem p = (Problem) r.getEntity();
        assertEquals(503, p.status());
        assertFalse(p.detail().contains("JDBC") || p.detail().contains("SQL") || p.detail().contains("127.0.0.1"), p.detail());
        assertEquals(503, new ProblemMappers().sql(new SQLException("refused", "08001")).getStatus());
        assertEquals(500, new ProblemMappers().unexpected(new IllegalStateException("bug")).getStatus());
    }
}
