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

    /**
     * The cell as it can be written safely; null stays null. A cell that already starts with {@code '} (one or more)
     * before one of those characters ({@code '-5}) gets one more, so that a reader taking one guard off (the
     * register's import) gets it back as it was rather than {@code -5}.
     */
    public static String safe(String cell) {
        return cell != null && guardedAfterQuotes(cell, 0) ? "'" + cell : cell;
    }

    /** Whether {@code cell}, from {@code from} on, is any number of {@code '} and then a character a spreadsheet reads as a formula's start. */
    public static boolean guardedAfterQuotes(String cell, int from) {
        int i = from;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        return switch (cell.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r', '\0' -> true;
            default -> false;
        };
    }
}
