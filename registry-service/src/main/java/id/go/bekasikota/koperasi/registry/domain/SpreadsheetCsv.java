package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.platform.text.TrustedText;

import java.util.List;

/**
 * What spreadsheets do to the CSV files the office sends (the bulk import, the ODS export), read
 * back as the rows they meant: Excel writes its locale's list separator (a semicolon in id-ID), a
 * row of empty cells for every formatted row below the data, and the suite's own export puts a
 * {@code '} before a cell a spreadsheet would run as a formula (platform {@code CsvCells}).
 */
public final class SpreadsheetCsv {

    private SpreadsheetCsv() {
    }

    /**
     * The separator of a file from its header line: the most frequent of {@code ,} {@code ;} and
     * tab outside quotes; a comma when none occurs. Column names hold none of the three, so the
     * header says what the data rows, whose cells may hold any of them, cannot.
     */
    public static char separator(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Whether a record holds no data: every cell empty or only spaces (any Unicode space, as the
     * import trims a cell). An empty line, and the {@code ,,,,,,} Excel writes for a formatted empty
     * row, are such records; they are no rows of the file's data.
     */
    public static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || TrustedText.normalise(cell).isEmpty());
    }

    /**
     * The cell as it was before the suite's export made it safe for a spreadsheet: a leading
     * {@code '} followed by one of the characters that export protects ({@code =} {@code +}
     * {@code -} {@code @}, tab, carriage return, NUL), or by more {@code '} and then one of them (the
     * export's guard before a cell that was {@code '-5}), is taken off; any other leading {@code '}
     * ({@code 'Aisyiyah}) is part of the text and stays. Null stays null.
     */
    public static String withoutFormulaGuard(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        return CsvCells.guardedAfterQuotes(cell, 1) ? cell.substring(1) : cell;
    }

    /** A column's letters as a spreadsheet names it: 1 is A, 26 Z, 27 AA, 703 AAA. */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("A column is numbered from 1: " + column);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }
}
