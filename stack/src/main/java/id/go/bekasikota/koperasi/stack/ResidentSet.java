package id.go.bekasikota.koperasi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A process's resident set, in kB, as the kernel counts it ({@code /proc/<pid>/status}): in all ({@code VmRSS}),
 * and of it anonymous memory ({@code RssAnon}: the heap, the JIT's code, metaspace, thread stacks, malloc, and the
 * pages of a class archive the JVM rewrote as it mapped it at an address of its choosing), file-backed pages
 * ({@code RssFile}: pages of the AOT cache or CDS archive, the jars and the JDK read as they are, which the page
 * cache holds once for every process that maps the same file) and shared memory ({@code RssShmem}).
 */
public record ResidentSet(long totalKilobytes, long anonymousKilobytes, long fileKilobytes, long sharedKilobytes) {

    /** The resident set of process {@code pid} now; empty when there is no such process. */
    public static Optional<ResidentSet> of(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** From the text of {@code /proc/<pid>/status}; empty without a {@code VmRSS} line (a kernel thread, an ended process). */
    static Optional<ResidentSet> parse(String status) {
        Map<String, Long> kilobytes = new HashMap<>();
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.endsWith(" kB")) {
                String value = line.substring(colon + 1, line.length() - 3).trim();
                if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                    kilobytes.put(line.substring(0, colon), Long.parseLong(value));
                }
            }
        }
        if (!kilobytes.containsKey("VmRSS")) {
            return Optional.empty();
        }
        return Optional.of(new ResidentSet(kilobytes.get("VmRSS"), kilobytes.getOrDefault("RssAnon", 0L),
                kilobytes.getOrDefault("RssFile", 0L), kilobytes.getOrDefault("RssShmem", 0L)));
    }
}
