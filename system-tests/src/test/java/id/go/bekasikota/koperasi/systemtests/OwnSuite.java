package id.go.bekasikota.koperasi.systemtests;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A system test class that touches nothing of the shared suite: it starts a suite of its own (its own
 * databases, Kafka and five services), or needs none ({@link AsyncApiValidateIT}). It runs beside the
 * classes of the shared suite, in a second lane, one such class at a time ({@code junit-platform.properties}). Its methods keep their order and run one
 * after the other (a class holding a resource lock runs its methods in one thread).
 *
 * <p>Issue 20: most of these classes wait (Kafka's session and delivery timeouts, processes started and
 * stopped), so the two lanes fill the two cores the shared suite's classes leave half idle.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(OwnSuite.LANE)
@interface OwnSuite {

    /** The lock the classes of the second lane share: one suite of their own at a time. */
    String LANE = "koperasi.system-tests.own-suite";
}
