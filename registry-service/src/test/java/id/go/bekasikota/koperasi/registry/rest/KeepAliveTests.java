package id.go.bekasikota.koperasi.registry.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller's connection serves its next request (HTTP/1.1 persistence, RFC 9112 §9.3): the gateway's pool and every
 * client keep one connection for many requests. An answer given before a request's body was read says
 * {@code Connection: close} (platform {@code UnreadBodies}); a request without a body must not be taken for one, nor a
 * write whose body was read to its announced length.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class KeepAliveTests {

    @TestHTTPResource("/")
    URL root;

    @Test
    void twoReadsGoOverOneConnectionAndNeitherAnswerClosesIt() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            for (String target : new String[] {"/api/v1/cooperatives?size=1", "/api/v1/statistics/activation", "/api/v1/cooperatives?size=2"}) {
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + root.getHost() + "\r\nAccept: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String head = answerHead(socket.getInputStream());
                assertThat(head).as(target).startsWith("HTTP/1.1 200 ");
                assertThat(head.toLowerCase(Locale.ROOT)).as(target).doesNotContain("\r\nconnection: close");
            }
        }
    }

    @Test
    void writesGoOverOneConnectionWhetherTheyAreTakenOrRefused() throws Exception {
        String valid = new ObjectMapper().writeValueAsString(CooperativeMother.named("Koperasi Sambung Terus", "2019-05-02"));
        String[][] writes = {
                {valid, "201"},
                {"{\"name\":\"\"}", "400"}, // read to its end, then refused: the connection serves the next one
                {valid, "409"}, // the same cooperative number again
        };
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            for (String[] write : writes) {
                byte[] body = write[0].getBytes(StandardCharsets.UTF_8);
                socket.getOutputStream().write(("POST /api/v1/cooperatives HTTP/1.1\r\nHost: " + root.getHost()
                        + "\r\nAuthorization: Bearer " + Tokens.officer() + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                String head = answerHead(socket.getInputStream());
                assertThat(head).as(write[0]).startsWith("HTTP/1.1 " + write[1] + " ");
                assertThat(head.toLowerCase(Locale.ROOT)).as(write[0]).doesNotContain("\r\nconnection: close");
            }
        }
    }

    /** Reads one answer: returns its head, and reads its body (by Content-Length or in chunks) to its end. */
    private static String answerHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        String lower = text.toLowerCase(Locale.ROOT);
        int length = lower.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int from = length + "\r\ncontent-length:".length();
            in.readNBytes(Integer.parseInt(lower.substring(from, lower.indexOf("\r\n", from)).strip()));
        } else if (lower.contains("\r\ntransfer-encoding: chunked")) {
            while (true) {
                int size = Integer.parseInt(line(in).split(";")[0].strip(), 16);
                in.readNBytes(size);
                line(in);
                if (size == 0) {
                    break;
                }
            }
        }
        return text;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
