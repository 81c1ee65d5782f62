package id.go.bekasikota.koperasi.platform.text;

import java.util.Locale;
import java.util.Set;

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

    /**
     * Whether {@code cell}, from {@code from} on, is any number of {@code '} and then a character a spreadsheet reads as a
     * formula's start, or then exactly the error value of a failed formula ({@link #formulaError}): a stored text
     * {@code #N/A} is written {@code '#N/A}, so that a reader refusing a failed formula's error (the register's import)
     * tells the two apart.
     */
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
            default -> formulaError(cell.substring(i));
        };
    }

    /**
     * The error values a spreadsheet writes in place of a formula that failed (Excel's and LibreOffice's, as a CSV file
     * saves them): a cell that is exactly one of them holds no data, but the failed formula's error.
     */
    private static final Set<String> FORMULA_ERRORS = Set.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?",
            "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
            "ERR:502", "ERR:504", "ERR:508", "ERR:522");

    /** Whether the cell (trimmed of spaces) is the error value of a formula that failed in the spreadsheet ({@code #REF!}). */
    public static boolean formulaError(String cell) {
        return cell != null && FORMULA_ERRORS.contains(cell.strip().toUpperCase(Locale.ROOT));
    }
}
