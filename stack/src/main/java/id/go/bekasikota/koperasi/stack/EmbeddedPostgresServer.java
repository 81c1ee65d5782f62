package id.go.bekasikota.koperasi.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL 15 server (zonky embedded binaries), one database per service, no Docker.
 * Its data directory is temporary and removed on close.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    /**
     * System property sizing PostgreSQL's {@code shared_buffers} (128 MB unless set): the national
     * benchmark gives a register of 1,000,000 cooperatives the memory its hot tables and indexes need.
     */
    public static final String SHARED_BUFFERS = "koperasi.postgres.shared-buffers";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on {@code port} (0 for a free one) and creates the named databases. */
    public static EmbeddedPostgresServer start(int port, List<String> databases) {
        Path data = Files2.tempDirectory("koperasi-pg-");
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port > 0 ? port : Ports.free())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", System.getProperty(SHARED_BUFFERS, "128MB"))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, data);
            databases.forEach(server::createDatabase);
            return server;
        } catch (IOException e) {
            Files2.deleteRecursively(data);
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The postmaster's process id, for tests that stop or kill the database. */
    public long pid() {
        return postgres.getProcess() == null ? -1 : postgres.getProcess().pid();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void createDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter user " + USER + " with password '" + PASSWORD + "'");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            // Stopping anyway: the directory goes below.
        } finally {
            Files2.deleteRecursively(dataDirectory);
        }
    }
}
