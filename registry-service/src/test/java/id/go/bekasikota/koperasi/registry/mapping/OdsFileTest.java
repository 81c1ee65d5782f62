package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.ods.OdsRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OdsFileTest {

    @Test
    void semicolonsAByteOrderMarkAndQuotedLinesKeepTheLineNumbers() {
        String csv = "\uFEFFNIK Koperasi;Nama Koperasi;Status\r\n"
                + "3275010010001;\"Koperasi \"\"Lima\"\" Garuda\";Aktif\r\n"
                + "\r\n"
                + "3275010010002;\"Koperasi Dua\nBaris\";Bubar\r\n"
                + "3275010010003;Koperasi Tiga;Aktif";
        List<OdsRow> rows = new ArrayList<>();
        try (OdsFile file = OdsFile.open(utf8(csv), 10)) {
            assertThat(file.separator()).isEqualTo(';');
            assertThat(file.rows(rows::add)).isEqualTo(3);
        }

        assertThat(rows).extracting(OdsRow::line).containsExactly(2, 4, 6);
        assertThat(rows).extracting(OdsRow::name).containsExactly("Koperasi \"Lima\" Garuda", "Koperasi Dua\nBaris", "Koperasi Tiga");
    }

    @Test
    void tabsAreFoundFromTheHeader() {
        List<OdsRow> rows = new ArrayList<>();
        try (OdsFile file = OdsFile.open(utf8("Nomor Induk Koperasi\tNama\tKecamatan\n3275010010001\tKoperasi, Satu\tJatiasih\n"), 10)) {
            assertThat(file.separator()).isEqualTo('\t');
            file.rows(rows::add);
        }
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Koperasi, Satu");
            assertThat(row.kecamatanCode()).isEqualTo("327509");
        });
    }

    @Test
    void aHeaderWithoutTheNumberIsRefusedNamingTheHeader() {
        assertThatThrownBy(() -> OdsFile.open(utf8("Nama Koperasi,Status\nKoperasi Satu,Aktif\n"), 10))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("header"));
                });
        assertThatThrownBy(() -> OdsFile.open(utf8(""), 10)).isInstanceOf(ProblemException.class);
    }

    @Test
    void brokenQuotingRefusesTheFileNamingWhereItBroke() {
        try (OdsFile file = OdsFile.open(utf8("NIK Koperasi,Nama\n3275010010001,Koperasi Satu\n3275010010002,\"Koperasi Dua\n"), 10)) {
            assertThatThrownBy(() -> file.rows(row -> { }))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
                        assertThat(e.getMessage()).contains("after line 2");
                    });
        }
    }

    /** A file saved by Excel as "CSV (Comma delimited)": Windows-1252, the apostrophe of Mu'min the byte 0x92. */
    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineAndTheByte() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("NIK Koperasi,Nama\n3275010010001,Koperasi Satu\r\n3275010010002,Koperasi Mu".getBytes(StandardCharsets.US_ASCII));
        file.write(0x92);
        file.writeBytes("min\n".getBytes(StandardCharsets.US_ASCII));
        // "NIK Koperasi,Nama\n" (18 bytes), "3275010010001,Koperasi Satu\r\n" (29), "3275010010002,Koperasi Mu" (25): offset 72, line 3.
        assertThatThrownBy(() -> {
            try (OdsFile ods = OdsFile.open(new ByteArrayInputStream(file.toByteArray()), 10)) {
                ods.rows(row -> { });
            }
        }).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
            assertThat(e.getMessage()).startsWith("The file is not UTF-8: line 3 holds the byte 0x92 (byte offset 72)");
        });
    }

    @Test
    void moreRowsThanAllowedIs413() {
        try (OdsFile file = OdsFile.open(utf8("NIK Koperasi,Nama\n1234567,A\n1234568,B\n1234569,C\n"), 2)) {
            assertThatThrownBy(() -> file.rows(row -> { }))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE));
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
