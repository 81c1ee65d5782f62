package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.ImportRow;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.Mode;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.Outcome;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowError;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An import's report: exact counts, bounded rows. */
class CooperativeImportTest {

    private static final Instant NOW = Instant.parse("2030-01-15T03:00:00Z");
    private static final Actor OFFICER = Actor.officer("officer@dev");

    private static ImportRow rejected(int row, String... fields) {
        return new ImportRow(row, "3275" + row, RowOutcome.REJECTED, null, null,
                java.util.Arrays.stream(fields).map(f -> new RowError(f, "is wrong")).toList());
    }

    private static ImportRow written(int row, RowOutcome outcome) {
        return new ImportRow(row, "3275" + row, outcome, UUID.randomUUID(), null, null);
    }

    @Test
    void allOrNothingWithARejectedRowWritesNothingAndListsOnlyTheFirstRejectedRows() {
        CooperativeImport report = CooperativeImport.begin(Mode.ALL_OR_NOTHING, true, OFFICER, NOW, 3);
        assertThat(report.outcome).isEqualTo(Outcome.REJECTED);
        assertThat(report.writes()).isFalse();
        report.record(written(2, RowOutcome.CREATED));
        for (int row = 3; row < 10; row++) {
            // Every row's kecamatan is wrong; every other row's founding date too, twice over for the same field.
            report.record(row % 2 == 0 ? rejected(row, "kecamatanCode", "foundedOn", "foundedOn") : rejected(row, "kecamatanCode"));
        }
        report.finish(NOW);

        assertThat(report.totalRows).isEqualTo(8);
        assertThat(report.created).isEqualTo(1);
        assertThat(report.rejected).isEqualTo(7);
        assertThat(report.rows).extracting(ImportRow::row).containsExactly(3, 4, 5);
        assertThat(report.rejectedRowsOmitted).isEqualTo(4);
        assertThat(report.errorsByField).isEqualTo(Map.of("kecamatanCode", 7, "foundedOn", 3));
        assertThat(report.importedBy).isEqualTo("officer@dev");
        assertThat(report.finishedAt).isEqualTo(NOW);
    }

    @Test
    void anImportThatWritesListsTheRowsItWroteOrMatched() {
        CooperativeImport report = CooperativeImport.begin(Mode.VALID_ROWS_ONLY, true, OFFICER, NOW, 1);
        assertThat(report.outcome).isEqualTo(Outcome.APPLIED);
        report.record(written(2, RowOutcome.CREATED));
        report.record(rejected(3, "name"));
        report.record(written(4, RowOutcome.UPDATED));
        report.record(rejected(5, "name"));
        report.record(written(6, RowOutcome.UNCHANGED));

        assertThat(report.rows).extracting(ImportRow::row).containsExactly(2, 3, 4, 6);
        assertThat(List.of(report.created, report.updated, report.unchanged, report.rejected)).containsExactly(1, 1, 1, 2);
        assertThat(report.rejectedRowsOmitted).isEqualTo(1);
        assertThat(report.errorsByField).isEqualTo(Map.of("name", 2));
    }

    @Test
    void allOrNothingWithoutARejectedRowWrites() {
        assertThat(CooperativeImport.begin(Mode.ALL_OR_NOTHING, false, OFFICER, NOW, 1000).outcome).isEqualTo(Outcome.APPLIED);
    }
}
