package id.go.bekasikota.koperasi.platform.text;

/**
 * Cells of a CSV file that people open in a spreadsheet (OWASP, CSV injection; ASVS 5.0 V1.2.10): a
 * text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or
 * a NUL would be read as a formula, so it is written with a leading single quote, which spreadsheets
 * show as text. Every CSV the suite writes passes its text cells through here; only text cells do:
 * a number written from a number column (a negative surplus) stays a number. (The XLSX files write
 * text as string cells, which a spreadsheet never evaluates.)
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The cell as it can be written safely; null stays null. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\0' -> "'" + cell;
            default -> cell;
        };
    }
}
