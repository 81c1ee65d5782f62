package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the test database's sessions wait for: a test that holds a lock open in one session (a row, an advisory
 * lock) waits with this until the request under test is queued behind it, instead of sleeping.
 */
public final class SessionLocks {

    private SessionLocks() {
    }

    /** True while some session waits for a lock held by the session {@code holderPid} ({@code pg_backend_pid()}). */
    public static boolean blockedBy(int holderPid) {
        try (Connection connection = DriverManager.getConnection(RealServersResource.TestStack.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))")) {
            statement.setInt(1, holderPid);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sessions' locks", e);
        }
    }
}
