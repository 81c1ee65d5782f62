package id.go.bekasikota.koperasi.platform.text;

/**
 * Cells of a CSV file that people open in a spreadsheet (OWASP, CSV injection): a text cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read
 * as a formula, so it is written with a leading single quote, which spreadsheets show as text.
 * Only text cells pass through here: a number written from a number column (a negative surplus)
 * stays a number.
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
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
