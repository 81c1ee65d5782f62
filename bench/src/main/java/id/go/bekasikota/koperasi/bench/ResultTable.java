package id.go.bekasikota.koperasi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text tables of a run: latencies per operation, then figures and ratios. */
public final class ResultTable {

    private ResultTable() {
    }

    public static String latencies(List<LatencyResult> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[]{"operation", "rate/s", "served/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "target", "result"});
        for (LatencyResult r : rows) {
            if (!r.measured()) {
                cells.add(new String[]{r.operation(), "-", "-", "-", "-", "-", "-", "-", "-", "n/a: " + r.note()});
                continue;
            }
            cells.add(new String[]{r.operation(), number(r.rate()), number(r.achieved()), number(r.p50()), number(r.p95()),
                    number(r.p99()), number(r.max()), String.valueOf(r.errors()), r.target().describe(),
                    r.verdict() + (r.note().isEmpty() ? "" : " (" + r.note() + ")")});
        }
        return render(cells, 1, 8);
    }

    public static String figures(List<Figure> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[]{"figure", "value", "target", "result"});
        for (Figure f : rows) {
            String value = Double.isNaN(f.value()) ? "-" : number(f.value()) + ("x".equals(f.unit()) ? "" : " ") + f.unit();
            String verdict = f.verdict() + (f.note().isEmpty() ? "" : " (" + f.note() + ")");
            cells.add(new String[]{f.name(), value, f.target().describe(), verdict});
        }
        return render(cells, 1, 2);
    }

    /**
     * A number as the table shows it: two decimals below 10, one below 100, none above; "-" for NaN.
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (magnitude < 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** Columns from {@code firstRight} up to (excluding) {@code endRight} are right-aligned. */
    private static String render(List<String[]> cells, int firstRight, int endRight) {
        int columns = cells.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean right = c >= firstRight && c < endRight;
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(right ? pad + cell : cell + (c == columns - 1 ? "" : pad));
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = line.length();
                out.append("-".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }
}
