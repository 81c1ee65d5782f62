package id.go.bekasikota.koperasi.platform.logging;

import io.quarkus.logging.LoggingFilter;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps one known shutdown race of the Kafka connector out of the logs. When a service stops, the
 * connector closes its consumer on the polling thread; a poll it had already queued behind the close
 * then runs on the closed consumer, Kafka answers {@code IllegalStateException: This consumer has
 * already been closed.}, and the connector reports it as a WARN with the whole stack trace. Nothing
 * is lost (the poll read nothing, so no offset moved; the next start reads on from the last commit),
 * but an operator paged on stack traces would be woken at every deploy that hits the race.
 *
 * <p>Only that record is dropped: the connector's category, an {@link IllegalStateException} thrown
 * by Kafka with exactly that message. Every other failure the connector reports, a closed consumer
 * while the service runs on included (that would come with another cause chain), is logged as before.
 */
@LoggingFilter(name = ClosedConsumerPollFilter.NAME)
public final class ClosedConsumerPollFilter implements Filter {

    /** The name {@code quarkus.log.console.filter} refers to. */
    public static final String NAME = "closed-consumer-poll";

    static final String CONNECTOR_CATEGORY = "io.smallrye.reactive.messaging.kafka";
    static final String CLOSED_MESSAGE = "This consumer has already been closed.";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !isPollOnClosedConsumer(record);
    }

    static boolean isPollOnClosedConsumer(LogRecord record) {
        String logger = record.getLoggerName();
        Throwable thrown = record.getThrown();
        return logger != null
                && logger.startsWith(CONNECTOR_CATEGORY)
                && thrown instanceof IllegalStateException
                && thrown.getCause() == null
                && CLOSED_MESSAGE.equals(thrown.getMessage())
                && thrownByKafkaConsumer(thrown);
    }

    private static boolean thrownByKafkaConsumer(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.apache.kafka.clients.consumer.");
    }
}
