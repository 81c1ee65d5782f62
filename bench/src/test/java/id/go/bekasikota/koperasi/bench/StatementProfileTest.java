package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement profile against a real PostgreSQL started as the benchmark starts it (with its diagnostics). */
class StatementProfileTest {

    private static EmbeddedPostgresServer postgres;
    private static RegisterLoader database;

    @BeforeAll
    static void start() {
        System.setProperty(EmbeddedPostgresServer.DIAGNOSTICS, "true");
        try {
            postgres = EmbeddedPostgresServer.start(0, List.of("registry", "financing"));
        } finally {
            System.clearProperty(EmbeddedPostgresServer.DIAGNOSTICS);
        }
        database = new RegisterLoader(postgres);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void listsEachStatementWithItsCallsAndEachDatabasesTimePerEvent(@TempDir Path directory) throws Exception {
        StatementProfile profile = new StatementProfile(database);
        assertThat(profile.available()).isTrue();
        try (Connection registry = database.connect("registry"); Statement ddl = registry.createStatement()) {
            ddl.execute("create table written (id int primary key, copy int)");
            ddl.execute("create table copied (id int primary key)");
            ddl.execute("""
                    create function copy_written() returns trigger language plpgsql as $$
                    begin
                      insert into copied (id) values (new.id);
                      return new;
                    end $$""");
            ddl.execute("create trigger copy_written after insert on written for each row execute function copy_written()");
        }
        try (Connection financing = database.connect("financing"); Statement ddl = financing.createStatement()) {
            ddl.execute("create table projected (id int primary key)");
        }
        profile.reset();

        try (Connection registry = database.connect("registry");
             PreparedStatement insert = registry.prepareStatement("insert into written (id, copy) values (?, ?)")) {
            for (int id = 1; id <= 7; id++) {
                insert.setInt(1, id);
                insert.setInt(2, id);
                insert.executeUpdate();
            }
        }
        try (Connection financing = database.connect("financing");
             PreparedStatement insert = financing.prepareStatement("insert into projected (id) values (?)")) {
            for (int id = 1; id <= 3; id++) {
                insert.setInt(1, id);
                insert.executeUpdate();
            }
        }
        Path file = directory.resolve("statements.txt");
        Map<String, Double> perEvent = profile.write(file, "a test", 7);

        assertThat(perEvent).containsKeys("registry", "financing");
        assertThat(perEvent.values()).allSatisfy(millis -> assertThat(millis).isPositive());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).contains("during a test (7 events)");
        // Seven inserts at the top level, and the trigger's seven inserts nested in them.
        assertThat(statementLine(lines, "insert into written")).startsWith("registry").doesNotContain("nested").containsPattern("calls +7 ");
        assertThat(statementLine(lines, "insert into copied")).contains("nested").containsPattern("calls +7 ");
        assertThat(statementLine(lines, "insert into projected")).startsWith("financing").containsPattern("calls +3 ");
        assertThat(String.join("\n", lines)).doesNotContain("pg_stat_statements_reset");

        profile.reset();
        profile.write(file, "nothing", 1);
        assertThat(Files.readString(file)).doesNotContain("insert into written").doesNotContain("insert into projected");
    }

    /** The line before the statement's text: its database, calls and times. */
    private static String statementLine(List<String> lines, String statement) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(statement)) {
                return lines.get(i - 1);
            }
        }
        throw new AssertionError(statement + " is not listed:\n" + String.join("\n", lines));
    }
}
