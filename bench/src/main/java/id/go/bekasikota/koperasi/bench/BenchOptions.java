package id.go.bekasikota.koperasi.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The harness's options ({@code ./bench/run --help}). Rates are requests per second; durations
 * are seconds per measured run.
 */
public record BenchOptions(Path root, Path output, int cooperatives, int reports, Duration duration, Duration warmUp,
                           Duration rampStep, double searchRate, double statusSearchRate, double readRate,
                           double dashboardRate, double writeRate, double partnerRate, double propagationRate, double eventRate, int connections,
                           int loanApplications, double planningRate, boolean recoveryOnly, double recoveryRate, double economyRate,
                           boolean national) {

    public static final String USAGE = """
            usage: ./bench/run [options]
              --cooperatives N       register size (default 100000)
              --reports N            annual reports in all (default 3 x cooperatives)
              --duration S           seconds per measured run (default 30)
              --warm-up S            seconds of unmeasured load before each run (default 10)
              --ramp-step S          seconds per step of the saturation ramps (default 5)
              --search-rate R        public search by name, requests/s (default 20)
              --status-search-rate R search by kecamatan and status, requests/s (default 2)
              --read-rate R          cooperative read by id, requests/s (default 100)
              --dashboard-rate R     activation dashboard, requests/s (default 0.5)
              --economy-rate R       economic indicators (today and a year ago), requests/s (default 5)
              --write-rate R         annual report filing and loan application submission, requests/s (default 20)
              --partner-rate R       a partner's list of forwarded applications, requests/s (default 20)
              --loan-applications N  loan applications in the loan book (default 20000)
              --propagation-rate R   registrations one at a time (one event each) per second for the propagation run
                                     (default 200)
              --event-rate R         events per second for the propagation run from imports: ten imports a second of
                                     R/10 new cooperatives each, one event per row (default 500)
              --planning-rate R      worklist, at-risk list and 1,000-action scenario, requests/s each (default 2)
              --connections N        most connections per target (default 128)
              --recovery-rate R      registrations per second while financing and awards are killed and restarted (default 50)
              --output FILE          the results (default bench/target/results.md)
              --recovery-only        only the recovery part (issue 24): the suite on empty databases, financing and
                                     awards killed (kill -9) under registrations and restarted, three times each
              --quick                a small check of the harness: 5000 cooperatives, 1000 applications, 5 s runs,
                                     2 s warm-up and ramp steps
              --data-operations-only the suite and the register, then only issue 19's rows (projection rebuild,
                                     ODS reconciliation)
              --gateway-only         the suite and the register, then only the read by id direct, through nginx and
                                     through the gateway (half saturation and saturation) and the gateway's RSS
              --propagation-only     the suite and the register, then only the registrations (20/s, then the
                                     propagation rate) and the imports (the event rate) with their propagation to
                                     both projections, and the registry's RSS
              --national             a national register (issue 20): 1,000,000 cooperatives, 3,000,000 reports (the same
                                     generator), propagation at 500 events/s from imports; the registry's operations, the dashboards
                                     and the path to 65% after a write, the bulk import, propagation, the database's
                                     size, query plans, RSS and restarts (no partner, saturation or recovery parts)""";

    private static final List<String> KNOWN = List.of("--cooperatives", "--reports", "--duration", "--warm-up", "--ramp-step",
            "--search-rate", "--status-search-rate", "--read-rate", "--dashboard-rate", "--write-rate", "--partner-rate",
            "--propagation-rate", "--event-rate", "--connections", "--output", "--loan-applications", "--planning-rate", "--recovery-rate",
            "--economy-rate");

    public static BenchOptions parse(Path root, String... args) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        boolean quick = list.remove("--quick");
        boolean recoveryOnly = list.remove("--recovery-only");
        boolean national = list.remove("--national");
        if (national && quick) {
            throw new IllegalArgumentException("--national and --quick exclude each other");
        }
        for (int i = 0; i < list.size(); i += 2) {
            if (!KNOWN.contains(list.get(i))) {
                throw new IllegalArgumentException("unknown option " + list.get(i));
            }
        }
        int cooperatives = (int) number(list, "--cooperatives", quick ? 5_000 : national ? 1_000_000 : 100_000);
        return new BenchOptions(root,
                Path.of(text(list, "--output", root.resolve("bench/target/results.md").toString())),
                cooperatives,
                (int) number(list, "--reports", 3.0 * cooperatives),
                seconds(number(list, "--duration", quick ? 5 : 30)),
                seconds(number(list, "--warm-up", quick ? 2 : 10)),
                seconds(number(list, "--ramp-step", quick ? 2 : 5)),
                number(list, "--search-rate", 20),
                number(list, "--status-search-rate", 2),
                number(list, "--read-rate", 100),
                number(list, "--dashboard-rate", 0.5),
                number(list, "--write-rate", 20),
                number(list, "--partner-rate", 20),
                number(list, "--propagation-rate", 200),
                number(list, "--event-rate", 500),
                (int) number(list, "--connections", 128),
                (int) number(list, "--loan-applications", quick ? 1_000 : 20_000),
                number(list, "--planning-rate", 2),
                recoveryOnly,
                number(list, "--recovery-rate", 50),
                number(list, "--economy-rate", 5),
                national);
    }

    private static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static double number(List<String> args, String name, double fallback) {
        String value = text(args, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= 0)) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number, not " + value);
        }
    }

    private static String text(List<String> args, String name, String fallback) {
        int index = args.indexOf(name);
        if (index < 0) {
            return fallback;
        }
        if (index + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(index + 1);
    }

    /** The options as a line for the results header. */
    public String describe() {
        if (recoveryOnly) {
            return String.format(java.util.Locale.ROOT, "recovery only, registrations at %.0f/s", recoveryRate);
        }
        return (national ? "national; " : "") + "cooperatives=%d reports=%d loan-applications=%d duration=%ds warm-up=%ds ramp-step=%ds connections=%d".formatted(
                cooperatives, reports, loanApplications, duration.toSeconds(), warmUp.toSeconds(), rampStep.toSeconds(), connections);
    }
}
