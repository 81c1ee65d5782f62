package id.go.bekasikota.koperasi.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM options of a deployed service, written once: the deployment images
 * ({@code src/main/docker/Dockerfile.jvm}, checked by {@code DeploymentImagesTest}), {@code ./suite}
 * and {@code ./bench/run} use these, so the benchmark measures what is deployed.
 *
 * <p>Sized for a service of this suite (issue 20: ready in under 2 s, resident set under 300 MB after the
 * full load), each choice measured with the benchmark and a native memory summary (NMT) of the registry under
 * load: the AOT cache takes about 145 MB (class metadata, linked classes, archived objects and profiles of
 * 17,000 classes: about 30 MB more than the same classes in metaspace, 2 to 3 s less to start), the code
 * cache 30-46 MB, the heap what the load keeps.
 * <ul>
 *   <li>{@code -XX:+UseSerialGC}: one collector thread and no remembered sets; the services answer
 *       in milliseconds from heaps of a few dozen megabytes, where its pauses are short.</li>
 *   <li>{@code -Xms64m -Xmx160m}, {@code -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30}: the heap grows as
 *       needed up to 160 MB and gives back what a collection leaves more than 30% free (70% by default): the
 *       registry kept 63 MB committed instead of 88 MB after the same load. The registry's own cap is
 *       256 MB ({@link #REGISTRY_HEAP}): it keeps whole-register views in memory (the worklist of every
 *       inactive cooperative, the economic indicators), and with 160 MB it ran out of heap on the worklist of
 *       a 100,000-cooperative register in the benchmark.</li>
 *   <li>No metaspace cap (about 20 MB is used with the AOT cache, 115 MB without): a cap also bounds the
 *       class space the JVM assembles the AOT cache in, and with 192 MB the registry's training run after the
 *       demo data failed ("Unable to allocate from 'ro' region").</li>
 *   <li>The full JIT (C1 and C2), {@code -XX:ReservedCodeCacheSize=96m}: a cap (the code of a busy service is
 *       40-50 MB). C1 alone ({@code -XX:TieredStopAtLevel=1}, as the tests start) keeps about 35 MB less and
 *       starts sooner, but the benchmark fed the projections of 100,000 cooperatives at 221 events/s per
 *       consumer with it, and registrations at 50/s waited p50 284 ms: the consumers and the relay are
 *       CPU-bound on two cores, and C2's code is what keeps them up with a national register.</li>
 *   <li>{@code -Xss512k}: thread stacks of half the default; the suite's deepest stacks (Hibernate,
 *       Jackson) need far less.</li>
 *   <li>{@code -XX:TrimNativeHeapInterval=5000}: every 5 s the C library gives back the memory freed by the
 *       JVM's own allocations (compiler arenas, buffers), which it otherwise keeps.</li>
 *   <li>{@code -XX:+ExitOnOutOfMemoryError}: a replica without memory ends, and its supervisor starts
 *       it again, rather than limping on.</li>
 *   <li>JDK 25 and later: {@code -XX:+UseCompactObjectHeaders} (JEP 519), 8-byte object headers
 *       instead of 12: about a tenth less heap for the same objects.</li>
 * </ul>
 * With JDK 25 the services also start from an AOT cache (JEP 483/514/515) written by a training run,
 * see {@link ServiceProcess}; with an older JDK from the AppCDS archive the build writes.
 * {@link #ENVIRONMENT}: {@code MALLOC_ARENA_MAX=2}, so that the C library's allocator does not keep an
 * arena per thread (each up to 64 MB of address space, several MB resident).
 */
public final class JvmOptions {

    /** The first JDK whose AOT cache ({@code -XX:AOTCacheOutput}, JEP 514) and compact headers ({@code -XX:+UseCompactObjectHeaders}, JEP 519) the suite uses. */
    public static final int AOT_FEATURE_VERSION = 25;

    /** The options for every JDK. */
    static final List<String> COMMON = List.of(
            "-XX:+UseSerialGC", "-Xms64m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
            "-XX:ReservedCodeCacheSize=96m", "-Xss512k",
            "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError");

    /** The heap's cap of every process but the registry. */
    static final String HEAP = "-Xmx160m";
    /** The registry's heap cap: whole-register views (worklist, economic indicators) are computed in memory. */
    static final String REGISTRY_HEAP = "-Xmx256m";

    /** Added on JDK 25 and later. */
    static final List<String> JDK_25 = List.of("-XX:+UseCompactObjectHeaders");

    /** The environment of a deployed service's JVM. */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private JvmOptions() {
    }

    /**
     * The deployment's options of {@code process} ({@code registry}, {@code financing}, {@code awards},
     * {@code notifications} or {@code gateway}) on a JVM of this feature version (17, 21, 25, ...).
     */
    public static List<String> deployment(int featureVersion, String process) {
        List<String> options = new ArrayList<>(COMMON);
        options.add(2, "registry".equals(process) ? REGISTRY_HEAP : HEAP);
        if (featureVersion >= AOT_FEATURE_VERSION) {
            options.addAll(JDK_25);
        }
        return List.copyOf(options);
    }

    /** The deployment's options of {@code process} on the JVM the services start with here (the one running this code). */
    public static List<String> deployment(String process) {
        return deployment(Runtime.version().feature(), process);
    }
}
