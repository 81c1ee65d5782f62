package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.Bentuk;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.domain.SavingsLoanScope;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import's file as spreadsheets write it: separators, empty rows and their numbers, the export's columns, the header. */
class CooperativeCsvTest {

    private static final String HEADER = "cooperativeNumber,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn";

    @Test
    void semicolonsAndTabsAreFoundFromTheHeader() {
        List<CooperativeCsv.Line> semicolons = CooperativeCsv.parse("""
                cooperativeNumber;name;jenis;bentuk;kelompok;kecamatanCode;foundedOn;address\r
                3275010010001;Koperasi Lima Garuda;SIMPAN_PINJAM;PRIMER;COMMUNITY;327501;1998-07-12;Jl. Raya Narogong Km. 7, Bantargebang\r
                """);
        assertThat(semicolons).singleElement().satisfies(line -> {
            assertThat(line.row()).isEqualTo(2);
            assertThat(line.complete()).isTrue();
            assertThat(line.cells()).containsEntry("cooperativeNumber", "3275010010001").containsEntry("kecamatanCode", "327501")
                    .containsEntry("address", "Jl. Raya Narogong Km. 7, Bantargebang");
        });

        List<CooperativeCsv.Line> tabs = CooperativeCsv.parse(
                "cooperativeNumber\tname\tjenis\tbentuk\tkelompok\tkecamatanCode\tfoundedOn\n"
                        + "3275010010001\tKoperasi; Lima, Garuda\tJASA\tPRIMER\tKUD\t327501\t1998-07-12\n");
        assertThat(tabs).singleElement().satisfies(line -> {
            assertThat(line.complete()).isTrue();
            assertThat(line.cells()).containsEntry("name", "Koperasi; Lima, Garuda").containsEntry("foundedOn", "1998-07-12");
        });
    }

    @Test
    void rowsOfEmptyCellsAreSkippedAndRowsAreNumberedAsTheSpreadsheetShowsThem() {
        String csv = HEADER + "\r\n"
                + "3275010010001,Koperasi Satu,JASA,PRIMER,KUD,327501,1998-07-12\r\n"   // row 2
                + "\r\n"                                                                 // row 3, empty
                + "3275010010002,\"Koperasi Dua\r\nBaris Kedua\",JASA,PRIMER,KUD,327501,1998-07-12\r\n"  // row 4, on two lines
                + "3275010010003,Koperasi Tiga,JASA,PRIMER,KUD,327501,1998-07-12\r\n"   // row 5
                + ",,,,,,\r\n"                                                           // rows 6 and 7: formatted, empty
                + " ,\u00A0, , , , ,\r\n"
                + "3275010010004,Koperasi Empat,JASA,PRIMER,KUD,327501,1998-07-12\r\n"  // row 8
                + ",,,,,,\r\n";                                                          // row 9
        List<CooperativeCsv.Line> rows = CooperativeCsv.parse(csv);

        assertThat(rows).extracting(CooperativeCsv.Line::row).containsExactly(2, 4, 5, 8);
        assertThat(rows).extracting(line -> line.cells().get("name"))
                .containsExactly("Koperasi Satu", "Koperasi Dua\r\nBaris Kedua", "Koperasi Tiga", "Koperasi Empat");
    }

    @Test
    void emptyRowsBeforeTheHeaderAreRowsToo() {
        List<CooperativeCsv.Line> rows = CooperativeCsv.parse("\n,,,,,,\n" + HEADER + "\n3275010010001,Koperasi Satu,JASA,PRIMER,KUD,327501,1998-07-12\n");
        assertThat(rows).singleElement().satisfies(line -> assertThat(line.row()).isEqualTo(4));
    }

    @Test
    void aSpreadsheetInTheIndonesianLocaleSavesDatesDayFirstAndClerksWriteTheIndonesianNamesOfTheCodes() {
        Map<String, String> errors = new HashMap<>();
        CooperativeRequest read = CooperativeCsv.read(Map.of("cooperativeNumber", "3275010010001", "name", "Koperasi Lima Garuda",
                "legalEntityDate", "14/8/2008", "jenis", "Simpan Pinjam", "bentuk", "primer", "kelompok", "Pegawai Negeri",
                "savingsLoanScope", "tertutup", "kecamatanCode", "327501", "foundedOn", "12/07/1998"), null, errors);

        assertThat(errors).isEmpty();
        assertThat(read.legalEntityDate()).isEqualTo(LocalDate.of(2008, 8, 14));
        assertThat(read.foundedOn()).isEqualTo(LocalDate.of(1998, 7, 12));
        assertThat(read.jenis()).isEqualTo(Jenis.SIMPAN_PINJAM);
        assertThat(read.bentuk()).isEqualTo(Bentuk.PRIMER);
        assertThat(read.kelompok()).isEqualTo(Kelompok.CIVIL_SERVANTS);
        assertThat(read.savingsLoanScope()).isEqualTo(SavingsLoanScope.CLOSED_LOOP);
    }

    /**
     * Excel saves a formula that failed as its error value: no cooperative's name or kelurahan. The export writes a
     * stored text that reads so with its guard ({@code '#N/A}), which is text.
     */
    @Test
    void aCellHoldingAFailedFormulasErrorIsNamedAndAGuardedOneIsText() {
        String csv = HEADER + "\r\n"
                + "3275010010001,#REF!,JASA,PRIMER,KUD,327501, #N/A \r\n"
                + "3275010010002,'#N/A,JASA,PRIMER,KUD,327501,1998-07-12\r\n";
        List<CooperativeCsv.Line> rows = CooperativeCsv.parse(csv);

        assertThat(rows.get(0).failedFormulas()).containsExactly("foundedOn", "name");
        assertThat(CooperativeCsv.failedFormula(rows.get(0).cells().get("name"))).isEqualTo("holds #REF!, the error of a formula "
                + "that failed in the spreadsheet: correct the formula or type the value, and save the file again");
        assertThat(rows.get(1).failedFormulas()).isEmpty();
        assertThat(rows.get(1).cells().get("name")).isEqualTo("#N/A");
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarOrNotDayFirstIsRefused() {
        for (String date : List.of("30/02/2004", "02/17/2004", "17/02/04", "1/1/12345", "17.02.2004", "2004/02/17")) {
            Map<String, String> errors = new HashMap<>();
            CooperativeCsv.read(Map.of("foundedOn", date, "jenis", "Bank"), null, errors);
            assertThat(errors).as(date).containsOnlyKeys("foundedOn", "jenis");
            assertThat(errors.get("foundedOn")).as(date).startsWith("must be a date (YYYY-MM-DD, or DD/MM/YYYY");
        }
    }

    @Test
    void theExportsFileIsReadAsItIsItsReadOnlyColumnsLeftOut() {
        String csv = "id,cooperativeNumber,name,legalEntityNumber,legalEntityDate,jenis,bentuk,kelompok,kbliCode,kbliEdition,"
                + "savingsLoanScope,address,kecamatanCode,kecamatanName,kelurahan,foundedOn,dissolvedOn,status,grade,"
                + "latestReportYear,members,assets,branches\r\n"
                + "0b6f3c1e-5d1a-4c4e-9a59-3f1f0d4f8b11,3275010010001,'Aisyiyah Kota Bekasi,,,JASA,PRIMER,KUD,,,,'-,327501,"
                + "Bekasi Timur,'=Margahayu,1998-07-12,,INACTIVE,D,2023,1716,500000000000,2\r\n";
        assertThat(CooperativeCsv.parse(csv)).singleElement().satisfies(line -> {
            assertThat(line.complete()).isTrue();
            assertThat(line.cells()).doesNotContainKeys("id", "kecamatanName", "dissolvedOn", "status", "grade", "latestReportYear",
                    "members", "assets", "branches");
            assertThat(line.cells()).containsEntry("name", "'Aisyiyah Kota Bekasi").containsEntry("address", "-")
                    .containsEntry("kelurahan", "=Margahayu").containsEntry("legalEntityNumber", "");
        });
    }

    @Test
    void theReadOnlyColumnsAreTheExportsColumnsThatAnImportDoesNotWrite() {
        assertThat(CooperativeCsv.READ_ONLY_COLUMNS).containsExactly("id", "kecamatanName", "dissolvedOn", "status", "grade",
                "latestReportYear", "members", "assets", "branches");
    }

    @Test
    void aColumnWithoutANameIsNamedByItsNumberAndLetter() {
        assertThat(headerErrors(HEADER + ",,\n3275010010001,Koperasi Satu,JASA,PRIMER,KUD,327501,1998-07-12,,\n")).containsExactly(
                "column 8 (H) has no name: name it, or delete the column if it holds nothing",
                "column 9 (I) has no name: name it, or delete the column if it holds nothing");
        assertThat(headerErrors("cooperativeNumber,,name,jenis,bentuk,kelompok,kecamatanCode,foundedOn\n")).containsExactly(
                "column 2 (B) has no name: name it, or delete the column if it holds nothing");
    }

    @Test
    void aColumnNamedTwiceOrUnknownIsRefusedNamingIt() {
        assertThat(headerErrors(HEADER + ",name\n")).containsExactly("column 'name' is named twice: columns 2 (B) and 8 (H)");
        assertThat(headerErrors(HEADER + ",fax\n")).containsExactly("unknown column 'fax'; allowed: cooperativeNumber, name, "
                + "legalEntityNumber, legalEntityDate, jenis, bentuk, kelompok, kbliCode, kbliEdition, savingsLoanScope, address, "
                + "kecamatanCode, kelurahan, foundedOn, phone, email; accepted and ignored (the export's read-only columns): id, "
                + "kecamatanName, dissolvedOn, status, grade, latestReportYear, members, assets, branches");
    }

    @Test
    void aFileWithoutAHeaderOrWithBrokenQuotingIsRefused() {
        assertThatThrownBy(() -> CooperativeCsv.parse("\n,,,\n")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("header");
        });
        assertThatThrownBy(() -> CooperativeCsv.parse(HEADER + "\n1,\"Koperasi \"Rusak\" Sekali,JASA\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
    }

    @Test
    void aFileWhoseDatesAreWrittenMonthFirstIsRefusedWholeNotReadDayFirst() {
        // Row 2's 03/04/2005 reads as 3 April day first; row 3's 08/14/2008 shows the file writes months first.
        String usLocale = HEADER + "\n3275010010001,Koperasi Satu,JASA,PRIMER,KUD,327501,03/04/2005\n"
                + "3275010010002,Koperasi Dua,JASA,PRIMER,KUD,327501,08/14/2008\n";
        assertThatThrownBy(() -> CooperativeCsv.parse(usLocale)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).extracting(Problem.FieldError::field).containsExactly("foundedOn");
        });
        // Every day 12 or less: indistinguishable from the Indonesian locale's, read day first.
        assertThat(CooperativeCsv.parse(HEADER + "\n3275010010001,Koperasi Satu,JASA,PRIMER,KUD,327501,03/04/2005\n"
                + "3275010010002,Koperasi Dua,JASA,PRIMER,KUD,327501,14/08/2008\n")).hasSize(2);
    }

    private static List<String> headerErrors(String csv) {
        try {
            CooperativeCsv.parse(csv);
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            assertThat(e.errors()).extracting(Problem.FieldError::field).containsOnly("header");
            return e.errors().stream().map(Problem.FieldError::message).toList();
        }
        throw new AssertionError("the header was taken");
    }
}
