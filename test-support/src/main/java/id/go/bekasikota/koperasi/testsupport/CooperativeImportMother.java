package id.go.bekasikota.koperasi.testsupport;

import java.util.ArrayList;
import java.util.List;

/** CSV files for the bulk import ({@code POST /api/v1/cooperative-imports}). */
public final class CooperativeImportMother {

    public static final String HEADER =
            "cooperativeNumber,name,jenis,bentuk,kelompok,kbliCode,kbliEdition,savingsLoanScope,address,kecamatanCode,foundedOn,email";

    private CooperativeImportMother() {
    }

    /** A valid row for {@link #HEADER}: a company employees' savings-and-loan cooperative in Bantargebang. */
    public static String row(String cooperativeNumber, String name) {
        return String.join(",", cooperativeNumber, "\"" + name + "\"", "SIMPAN_PINJAM", "PRIMER", "COMPANY_EMPLOYEES", "64141", "2020",
                "CLOSED_LOOP", "\"Jl. Raya Narogong Km. 7, Bantargebang\"", "327507", "2004-02-17", "kopkar@example.id");
    }

    /** A file of the header and these rows. */
    public static String file(List<String> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(HEADER);
        lines.addAll(rows);
        return String.join("\n", lines) + "\n";
    }

    /** A file of {@code rows} valid rows, each with a cooperative number no other test uses. */
    public static String validRows(int rows) {
        List<String> lines = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            lines.add(row(CooperativeNumbers.unique(), "Koperasi Karyawan Impor " + i));
        }
        return file(lines);
    }
}
