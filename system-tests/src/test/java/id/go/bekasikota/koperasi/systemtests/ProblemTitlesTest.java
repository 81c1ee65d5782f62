package id.go.bekasikota.koperasi.systemtests;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One title per problem type (RFC 9457 §3.1.3), whoever answers: where the gateway answers a type the services
 * answer too ({@code payload-too-large}: the gateway for a body over its limit, a service for an import over its
 * rows), its title is the services' own, in both languages.
 */
class ProblemTitlesTest {

    private static final Path ROOT = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();

    @Test
    void theGatewayTitlesATypeAsTheServicesDo() throws IOException {
        for (String language : new String[] {"", "_id"}) {
            Properties gateway = bundle("gateway/src/main/resources/messages" + language + ".properties");
            Properties services = bundle("platform/src/main/resources/messages" + language + ".properties");
            int shared = 0;
            for (String key : gateway.stringPropertyNames()) {
                if (key.startsWith("gateway.title.")) {
                    String type = key.substring("gateway.title.".length());
                    String servicesTitle = services.getProperty("problem.title." + type);
                    if (servicesTitle != null) {
                        shared++;
                        assertThat(gateway.getProperty(key)).as("%s (%s)", type, language.isEmpty() ? "en" : "id").isEqualTo(servicesTitle);
                    }
                }
            }
            assertThat(shared).as("types both answer: validation, not-found, payload-too-large, ...").isGreaterThanOrEqualTo(10);
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
