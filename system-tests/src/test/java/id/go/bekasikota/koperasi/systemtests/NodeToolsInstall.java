package id.go.bekasikota.koperasi.systemtests;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * At the start of a test run (JUnit's launcher, {@code META-INF/services}), the npm tools the run's classes
 * name in {@link UsesNodeTools} start installing in the background (issue 20: a fresh clone's {@code npm ci}
 * of Spectral, Redocly and the AsyncAPI CLI took about 40 s inside {@link OpenApiLintIT}, in the shared
 * suite's lane, after the suite's start; now they run while the suites start).
 */
public final class NodeToolsInstall implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<String> tools = new LinkedHashSet<>();
        Deque<TestIdentifier> pending = new ArrayDeque<>(plan.getRoots());
        while (!pending.isEmpty()) {
            TestIdentifier test = pending.pop();
            test.getSource().ifPresent(source -> tools.addAll(toolsOf(source)));
            pending.addAll(plan.getChildren(test));
        }
        if (!tools.isEmpty()) {
            Path root = Manifests.root();
            tools.forEach(tool -> NodeTools.installInBackground(root.resolve("tools").resolve(tool)));
        }
    }

    private static List<String> toolsOf(TestSource source) {
        if (source instanceof ClassSource type) {
            UsesNodeTools uses = type.getJavaClass().getAnnotation(UsesNodeTools.class);
            if (uses != null) {
                return List.of(uses.value());
            }
        }
        return List.of();
    }
}
