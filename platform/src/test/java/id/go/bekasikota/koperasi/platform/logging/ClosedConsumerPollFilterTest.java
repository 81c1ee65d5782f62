package id.go.bekasikota.koperasi.platform.logging;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ClosedConsumerPollFilterTest {

    private final ClosedConsumerPollFilter filter = new ClosedConsumerPollFilter();

    @Test
    void dropsTheConnectorsReportOfAPollOnTheClosedConsumer() {
        assertThat(filter.isLoggable(record("io.smallrye.reactive.messaging.kafka", closedConsumer()))).isFalse();
    }

    @Test
    void keepsEveryOtherFailureOfTheConnector() {
        assertThat(filter.isLoggable(record("io.smallrye.reactive.messaging.kafka",
                new IllegalStateException("Coordinator not available")))).isTrue();
        assertThat(filter.isLoggable(record("io.smallrye.reactive.messaging.kafka", null))).isTrue();
        IllegalStateException wrapped = new IllegalStateException(ClosedConsumerPollFilter.CLOSED_MESSAGE,
                new RuntimeException("underneath"));
        wrapped.setStackTrace(closedConsumer().getStackTrace());
        assertThat(filter.isLoggable(record("io.smallrye.reactive.messaging.kafka", wrapped))).isTrue();
    }

    @Test
    void keepsTheSameMessageWhenNotThrownByKafkasConsumer() {
        IllegalStateException ours = new IllegalStateException("This consumer has already been closed.");
        ours.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("id.go.bekasikota.koperasi.Something", "run", "Something.java", 12)});
        assertThat(filter.isLoggable(record("io.smallrye.reactive.messaging.kafka", ours))).isTrue();
    }

    @Test
    void keepsOtherCategories() {
        assertThat(filter.isLoggable(record("id.go.bekasikota.koperasi.registry", closedConsumer()))).isTrue();
        assertThat(filter.isLoggable(record(null, closedConsumer()))).isTrue();
    }

    private static IllegalStateException closedConsumer() {
        IllegalStateException closed = new IllegalStateException("This consumer has already been closed.");
        closed.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer",
                        "acquireAndEnsureOpen", "ClassicKafkaConsumer.java", 1222),
                new StackTraceElement("org.apache.kafka.clients.consumer.KafkaConsumer", "poll", "KafkaConsumer.java", 895)});
        return closed;
    }

    private static LogRecord record(String logger, Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "SRMSG18228: A failure has been reported for Kafka topics '[registry.events]'");
        record.setLoggerName(logger);
        record.setThrown(thrown);
        return record;
    }
}
