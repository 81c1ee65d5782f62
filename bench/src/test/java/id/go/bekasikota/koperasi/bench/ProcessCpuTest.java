package id.go.bekasikota.koperasi.bench;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

    /**
     * A shell whose child burns CPU and ends: the tree keeps the child's time, which the live processes no longer
     * show. The child's own time is what the kernel reported for it while it ran (read from /proc, not from the class).
     */
    @Test
    void aTreeKeepsTheTimeOfTheChildrenThatEnded() throws Exception {
        Path childStat = Files.createTempFile("process-cpu", ".stat");
        Process shell = new ProcessBuilder("bash", "-c",
                "(i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; cat /proc/$BASHPID/stat > " + childStat + ") & wait; "
                        + "echo ended; sleep 30").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream()))) {
            // The shell says so once it has reaped the child.
            assertThat(out.readLine()).isEqualTo("ended");
            // The child's utime + stime as it read them just before it ended (fields 14 and 15 of its stat line).
            String child = Files.readString(childStat);
            String[] fields = child.substring(child.lastIndexOf(')') + 2).split(" ");
            long childTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            assertThat(childTicks).as("the child burnt some CPU").isPositive();

            long liveOnly = shell.toHandle().info().totalCpuDuration().orElseThrow().toMillis()
                    + shell.toHandle().descendants().mapToLong(h -> h.info().totalCpuDuration().orElse(Duration.ZERO).toMillis()).sum();
            Duration tree = ProcessCpu.ofTree(shell.pid());

            assertThat(tree.toMillis()).isGreaterThanOrEqualTo(childTicks * 1000 / ticksPerSecond());
            assertThat(tree.toMillis()).isGreaterThan(liveOnly);
        } finally {
            shell.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(childStat);
        }
    }

    /** The kernel's USER_HZ, asked of getconf. */
    private static long ticksPerSecond() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
        long ticks = Long.parseLong(new String(getconf.getInputStream().readAllBytes()).trim());
        getconf.waitFor();
        return ticks;
    }

    @Test
    void aProcessThatIsGoneHasNoTime() {
        assertThat(ProcessCpu.ofTree(Long.MAX_VALUE)).isZero();
    }
}
