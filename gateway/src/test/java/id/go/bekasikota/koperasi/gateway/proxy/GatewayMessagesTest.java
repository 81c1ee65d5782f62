package id.go.bekasikota.koperasi.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of the gateway is in both languages, naming the same values (the platform's MessageBundlesTest does this for the services). */
class GatewayMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GatewayMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @Test
    void everyKeyIsInBothLanguagesWithTheSameValues() throws IOException {
        Properties english = load("messages.properties");
        Properties indonesian = load("messages_id.properties");
        assertThat(indonesian.stringPropertyNames()).as("keys of messages_id.properties")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(indonesian.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(indonesian.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
            for (String pattern : new String[]{english.getProperty(key), indonesian.getProperty(key)}) {
                assertThat(pattern.replace("''", "")).as(key + ": write '' for an apostrophe").doesNotContain("'");
                new MessageFormat(pattern);
            }
        }
    }

    /** The problem types the README's table lists for the gateway, written out by hand: each has its title in both languages. */
    @Test
    void everyProblemTypeTheGatewaySendsHasATitle() throws IOException {
        Properties english = load("messages.properties");
        Properties indonesian = load("messages_id.properties");
        for (String slug : List.of("malformed-request", "validation", "unauthenticated", "forbidden", "not-found", "not-acceptable",
                "request-timeout", "length-required", "payload-too-large", "uri-too-long", "request-header-too-large",
                "too-many-requests", "internal", "bad-gateway", "gateway-overloaded", "unavailable", "gateway-timeout")) {
            assertThat(english.getProperty("gateway.title." + slug)).as(slug).isNotBlank();
            assertThat(indonesian.getProperty("gateway.title." + slug)).as(slug).isNotBlank();
        }
    }

    @Test
    void aNestedMessageIsWrittenInTheSameLanguage() {
        assertThat(Message.of("gateway.title.gateway-timeout").in(Message.INDONESIAN)).isEqualTo("Waktu tunggu gateway habis");
        assertThat(new Problem(503, "gateway-overloaded", Message.of("gateway.overloaded",
                Message.of("gateway.overloaded.queue-full", 64), "registry")).detail().in(Message.INDONESIAN))
                .isEqualTo("Gateway sudah memiliki 64 permintaan yang menunggu untuk layanan registry; permintaan tidak diteruskan"
                        + " ke layanan tersebut. Silakan coba lagi sesaat lagi");
    }
}
