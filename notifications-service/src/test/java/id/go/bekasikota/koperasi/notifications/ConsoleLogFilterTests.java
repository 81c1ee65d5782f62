package id.go.bekasikota.koperasi.notifications;

import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console a service logs to (what an operator's collector reads) drops the Kafka connector's
 * report of a poll on its already closed consumer at shutdown, and nothing else (the platform's
 * {@code ClosedConsumerPollFilter}, installed by the shared configuration).
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class ConsoleLogFilterTests {

    @Test
    void theConsoleDropsThePollOnTheClosedConsumerAndKeepsOtherWarnings() {
        List<ConsoleHandler> consoles = new ArrayList<>();
        collectConsoles(LogContext.getLogContext().getLogger("").getHandlers(), consoles);
        assertThat(consoles).as("console handlers under the root logger").isNotEmpty();

        for (ConsoleHandler console : consoles) {
            assertThat(console.getFilter()).as("the console's filter").isNotNull();
            assertThat(console.getFilter().isLoggable(connectorWarning(closedConsumer()))).isFalse();
            assertThat(console.getFilter().isLoggable(connectorWarning(new IllegalStateException("Coordinator not available"))))
                    .isTrue();
        }
    }

    private static void collectConsoles(Handler[] handlers, List<ConsoleHandler> into) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                into.add(console);
            }
            if (handler instanceof ExtHandler nested) {
                collectConsoles(nested.getHandlers(), into);
            }
        }
    }

    private static IllegalStateException closedConsumer() {
        IllegalStateException closed = new IllegalStateException("This consumer has already been closed.");
        closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer",
                        "acquireAndEnsureOpen", "ClassicKafkaConsumer.java", 1222)});
        return closed;
    }

    private static LogRecord connectorWarning(Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "SRMSG18228: A failure has been reported for Kafka topics '%s'");
        record.setLoggerName("io.smallrye.reactive.messaging.kafka");
        record.setThrown(thrown);
        return record;
    }
}
