package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.LocalSuite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Reads a service's projection tables directly, as an independent witness of what its consumers did. */
final class Projections {

    private Projections() {
    }

    /** The name held in {@code service}'s cooperative projection, if the cooperative is there. */
    static Optional<String> cooperativeName(LocalSuite suite, String service, UUID cooperativeId) {
        return queryString(suite, service, "select name from cooperative_projection where id = ?", cooperativeId);
    }

    static long version(LocalSuite suite, String service, UUID cooperativeId) {
        return queryString(suite, service, "select version from cooperative_projection where id = ?", cooperativeId)
                .map(Long::parseLong).orElse(-1L);
    }

    static long processedCount(LocalSuite suite, String service, String eventId) {
        return queryString(suite, service, "select count(*) from processed_event where event_id = ?", eventId)
                .map(Long::parseLong).orElse(0L);
    }

    static Optional<String> queryString(LocalSuite suite, String service, String sql, Object parameter) {
        try (Connection connection = DriverManager.getConnection(suite.postgres().jdbcUrl(service),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
