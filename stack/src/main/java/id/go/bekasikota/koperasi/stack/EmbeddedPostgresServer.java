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
    /**
     * System property: {@code true} makes PostgreSQL keep its own log ({@link #logFiles()}): checkpoints,
     * autovacuum runs over a second, lock waits, temporary files and statements over two seconds; and
     * load {@code pg_stat_statements} (every statement, also those inside functions and triggers). The
     * benchmark sets it, to tell what slowed a row; the tests and {@code ./suite} leave it off.
     */
    public static final String DIAGNOSTICS = "koperasi.postgres.diagnostics";
    /** Where the log goes, relative to the data directory. */
    private static final String LOG_DIRECTORY = "log";

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
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port > 0 ? port : Ports.free())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", System.getProperty(SHARED_BUFFERS, "128MB"));
            if (Boolean.getBoolean(DIAGNOSTICS)) {
                builder.setServerConfig("logging_collector", "on")
                        .setServerConfig("log_directory", LOG_DIRECTORY)
                        .setServerConfig("log_filename", "postgresql-%Y%m%d-%H%M%S.log")
                        .setServerConfig("log_checkpoints", "on")
                        .setServerConfig("log_autovacuum_min_duration", "1s")
                        .setServerConfig("log_lock_waits", "on")
                        .setServerConfig("log_temp_files", "0")
                        .setServerConfig("log_min_duration_statement", "2s")
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all");
            }
            EmbeddedPostgres postgres = builder.start();
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

    /** PostgreSQL's own log files, oldest first: none unless started with {@link #DIAGNOSTICS}. */
    public List<Path> logFiles() {
        Path logs = dataDirectory.resolve(LOG_DIRECTORY);
        if (!java.nio.file.Files.isDirectory(logs)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(logs)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + logs, e);
        }
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
