package id.go.bekasikota.koperasi.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A process's resident set as the kernel writes it in {@code /proc/<pid>/status}. */
class ResidentSetTest {

    @Test
    void splitsTheResidentSetIntoAnonymousFileBackedAndSharedPages() {
        // The lines of a service's status on Linux 6.1 (tabs and padding as the kernel writes them), cut short.
        String status = """
                Name:\tjava
                Umask:\t0022
                State:\tS (sleeping)
                Pid:\t4242
                VmPeak:\t 3912344 kB
                VmSize:\t 3890120 kB
                VmHWM:\t  601312 kB
                VmRSS:\t  580424 kB
                RssAnon:\t  418100 kB
                RssFile:\t  162196 kB
                RssShmem:\t     128 kB
                VmData:\t  702116 kB
                Threads:\t57
                voluntary_ctxt_switches:\t1234
                """;

        ResidentSet resident = ResidentSet.parse(status).orElseThrow();

        assertThat(resident.totalKilobytes()).isEqualTo(580_424);
        assertThat(resident.anonymousKilobytes()).isEqualTo(418_100);
        assertThat(resident.fileKilobytes()).isEqualTo(162_196);
        assertThat(resident.sharedKilobytes()).isEqualTo(128);
    }

    @Test
    void aStatusWithoutAResidentSetIsNone() {
        // A kernel thread, or a process that has ended but not yet been reaped, has no VmRSS line.
        assertThat(ResidentSet.parse("Name:\tkworker/0:1\nState:\tI (idle)\nThreads:\t1\n")).isEmpty();
    }

    @Test
    void aProcessNotRunningHasNoResidentSet() {
        ServiceProcess never = new ServiceProcess("registry-service", Path.of("quarkus-run.jar"), 1, 2,
                Map.of(), Path.of("registry.log"));

        assertThat(never.residentSet()).isEmpty();
        assertThat(never.residentKilobytes()).isEqualTo(-1);
    }
}
