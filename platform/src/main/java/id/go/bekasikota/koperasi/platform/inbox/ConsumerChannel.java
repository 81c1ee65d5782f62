package id.go.bekasikota.koperasi.platform.inbox;

import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incoming Kafka channel of the service as its configuration declares it: the consumer group
 * it joins and the topics it reads. Readiness waits for each of them, so a consumer that has not
 * joined its group yet is known before Kafka tells anything about it.
 */
record ConsumerChannel(String channel, String group, Set<String> topics) {

    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final String KAFKA = "smallrye-kafka";

    ConsumerChannel {
        topics = Set.copyOf(topics);
    }

    /** Every enabled {@code mp.messaging.incoming.<channel>} of the Kafka connector. */
    static List<ConsumerChannel> configured(Config config) {
        List<ConsumerChannel> channels = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(name);
            if (!matcher.matches() || !KAFKA.equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String channel = matcher.group(1);
            String prefix = "mp.messaging.incoming." + channel + ".";
            if (!config.getOptionalValue(prefix + "enabled", Boolean.class).orElse(true)) {
                continue;
            }
            // Quarkus's default group id is the application name.
            String group = config.getOptionalValue(prefix + "group.id", String.class)
                    .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                    .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
            Set<String> topics = config.getOptionalValue(prefix + "topics", String.class)
                    .map(list -> Set.copyOf(Arrays.stream(list.split(",")).map(String::trim).toList()))
                    .orElseGet(() -> Set.of(config.getOptionalValue(prefix + "topic", String.class).orElse(channel)));
            channels.add(new ConsumerChannel(channel, group, topics));
        }
        return channels;
    }

    boolean reads(String group, String topic) {
        return this.group.equals(group) && topics.contains(topic);
    }
}
