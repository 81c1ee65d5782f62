package id.go.bekasikota.koperasi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time a process tree has used (every process the benchmark measures: the services, PostgreSQL, Kafka,
 * nginx), from the kernel's count in {@code /proc/<pid>/stat}: for each live
 * process of the tree its own time and that of its children it has reaped ({@code cutime}, {@code cstime}).
 * Summing the live processes alone loses the time of those that ended: PostgreSQL's postmaster starts and
 * reaps backends and autovacuum workers all the time, and a step's figure came out negative when a busy
 * backend ended during it.
 */
final class ProcessCpu {

    /** The kernel's clock ticks per second of {@code /proc}'s times ({@code USER_HZ}, 100 on Linux). */
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ProcessCpu() {
    }

    /** The tree's time so far; zero where the process is gone or the system has no {@code /proc}. */
    static Duration ofTree(long pid) {
        return ProcessHandle.of(pid)
                .map(root -> Stream.concat(Stream.of(root), root.descendants()).mapToLong(handle -> ticks(handle.pid())).sum())
                .map(ticks -> Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND))
                .orElse(Duration.ZERO);
    }

    /** utime + stime + cutime + cstime of one process (fields 14-17 of its stat line, after the command's closing parenthesis). */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3): utime is field 14, so fields[11] .. fields[14].
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
