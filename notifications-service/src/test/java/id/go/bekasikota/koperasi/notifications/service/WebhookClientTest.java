package id.go.bekasikota.koperasi.notifications.service;

import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client against receivers written by hand on a socket: one whose answer's body never ends, one
 * whose body is far longer than the excerpt. Neither may hold the client beyond the request timeout.
 * And the {@code Retry-After} of a 429 or 503 read into the outcome, of other statuses not.
 */
class WebhookClientTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    private final Vertx vertx = Vertx.vertx();
    private final WebhookClient client = new WebhookClient(vertx, config());
    private ServerSocket server;

    @AfterEach
    void close() throws Exception {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theRequestGoesToTheCheckedAddressAndNamesItsHost() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture<String> request = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                String head = readRequest(socket.getInputStream());
                socket.getOutputStream().write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                return head;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        // A name no resolver knows (RFC 6761 .invalid): the request reaches the receiver only because the client
        // connects to the address it was given, the one checked, and does not resolve the name again.
        String url = "http://receiver.invalid:" + server.getLocalPort() + "/hooks/bank?x=1";

        WebhookClient.Outcome outcome = client.post(url, InetAddress.getLoopbackAddress(), Map.of("webhook-id", "msg_0"), "{\"a\":1}")
                .get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(204);
        assertThat(outcome.succeeded()).isTrue();
        String head = request.get(10, TimeUnit.SECONDS);
        assertThat(head).startsWith("POST /hooks/bank?x=1 HTTP/1.1\r\n");
        assertThat(head.toLowerCase()).contains("\r\nhost: receiver.invalid:" + server.getLocalPort() + "\r\n")
                .contains("\r\nwebhook-id: msg_0\r\n").contains("\r\ncontent-length: 7\r\n");
    }

    @Test
    void anHttpsReceiverWhoseCertificateNoAuthorityVouchesForIsNotSentTo() throws Exception {
        // A receiver on the checked address with a self-signed certificate for its name: the JVM's trusted
        // authorities do not vouch for it, so the attempt fails before anything is sent (certificates are checked).
        Path store = receiverKeys();
        AtomicInteger received = new AtomicInteger();
        HttpServer https = vertx.createHttpServer(new HttpServerOptions().setSsl(true)
                        .setKeyCertOptions(new PfxOptions().setPath(store.toString()).setPassword("changeit")))
                .requestHandler(request -> {
                    received.incrementAndGet();
                    request.response().setStatusCode(204).end();
                });
        int port = https.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        try {
            WebhookClient.Outcome outcome = client.post("https://receiver.example:" + port + "/hooks", InetAddress.getLoopbackAddress(),
                    Map.of("webhook-id", "msg_tls"), "{}").get(10, TimeUnit.SECONDS);

            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.status()).isNull();
            assertThat(outcome.error()).startsWith("no answer: ");
            assertThat(received).hasValue(0);
        } finally {
            https.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Files.deleteIfExists(store);
        }
    }

    @Test
    void anHttpsReceiverTrustedIsSentToUnderItsNameAndAnotherNameIsRefused() throws Exception {
        // The receiver's certificate made trusted for this test alone (the JVM's default trust store, read when a client's
        // TLS context is made): the connection goes to the checked address, the TLS server name and the certificate's
        // check are the URL's host.
        Path store = receiverKeys();
        Path trust = Files.createTempFile("trust", ".p12");
        Files.delete(trust);
        Path certificateFile = Files.createTempFile("receiver", ".cer");
        keytool("-exportcert", "-alias", "receiver", "-keystore", store.toString(), "-storepass", "changeit", "-file", certificateFile.toString());
        keytool("-importcert", "-noprompt", "-alias", "receiver", "-file", certificateFile.toString(), "-storetype", "PKCS12",
                "-keystore", trust.toString(), "-storepass", "changeit");
        AtomicReference<String> serverName = new AtomicReference<>();
        HttpServer https = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setSni(true)
                        .setKeyCertOptions(new PfxOptions().setPath(store.toString()).setPassword("changeit")))
                .requestHandler(request -> {
                    serverName.set(request.connection().indicatedServerName());
                    request.response().setStatusCode(204).end();
                });
        int port = https.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        Map<String, String> saved = new java.util.HashMap<>();
        for (String key : new String[] {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"}) {
            saved.put(key, System.getProperty(key));
        }
        System.setProperty("javax.net.ssl.trustStore", trust.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        WebhookClient trusting = new WebhookClient(vertx, config());
        try {
            WebhookClient.Outcome outcome = trusting.post("https://receiver.example:" + port + "/hooks", InetAddress.getLoopbackAddress(),
                    Map.of("webhook-id", "msg_tls"), "{}").get(10, TimeUnit.SECONDS);
            assertThat(outcome.status()).as(String.valueOf(outcome.error())).isEqualTo(204);
            assertThat(serverName.get()).isEqualTo("receiver.example");

            // The same receiver reached under a name its certificate does not carry: refused (the host is checked).
            WebhookClient.Outcome otherName = trusting.post("https://other.example:" + port + "/hooks", InetAddress.getLoopbackAddress(),
                    Map.of("webhook-id", "msg_tls2"), "{}").get(10, TimeUnit.SECONDS);
            assertThat(otherName.status()).isNull();
            assertThat(otherName.error()).startsWith("no answer: ");
        } finally {
            trusting.close();
            saved.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
            https.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Files.deleteIfExists(store);
            Files.deleteIfExists(trust);
            Files.deleteIfExists(certificateFile);
        }
    }

    /** A receiver's key and self-signed certificate for receiver.example, written by the JDK's keytool (no library needed). */
    private static Path receiverKeys() throws Exception {
        Path store = Files.createTempFile("receiver", ".p12");
        Files.delete(store);
        keytool("-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=receiver.example", "-ext", "SAN=dns:receiver.example",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit");
        return store;
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(said).isZero();
    }

    @Test
    void anAnswerWhoseBodyStallsIsAFailedAttemptAndItsConnectionIsLetGo() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        // The receiver promises 1,000 bytes, sends 10 and then nothing, and keeps the connection open; it
        // tells how long the client kept the connection once the headers were sent.
        CompletableFuture<Long> heldFor = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                readRequest(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nten bytes.".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                long sent = System.nanoTime();
                socket.setSoTimeout(30_000);
                while (socket.getInputStream().read() >= 0) {
                    // the client sends nothing more; the loop ends when it closes the connection
                }
                return Duration.ofNanos(System.nanoTime() - sent).toMillis();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });

        WebhookClient.Outcome outcome = client.post(url(), InetAddress.getLoopbackAddress(), Map.of("webhook-id", "msg_1"), "{}").get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).isEqualTo("no answer within the timeout");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.latencyMillis()).isBetween(REQUEST_TIMEOUT.toMillis() - 100, REQUEST_TIMEOUT.toMillis() + 5_000);
        // Closed by the client at its timeout, not held until the receiver gives up (30 s here).
        assertThat(heldFor.get(20, TimeUnit.SECONDS)).isLessThan(REQUEST_TIMEOUT.toMillis() + 5_000);
    }

    @Test
    void ofALongBodyOnlyTheExcerptIsReadAndTheAttemptSucceeds() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        int length = 64 * 1024 * 1024;
        CompletableFuture<Integer> bytesTaken = CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                readRequest(socket.getInputStream());
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] block = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                int written = 0;
                try {
                    while (written < length) {
                        out.write(block);
                        written += block.length;
                    }
                } catch (IOException closedByTheClient) {
                    // the client let the connection go once it had its excerpt
                }
                return written;
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });

        WebhookClient.Outcome outcome = client.post(url(), InetAddress.getLoopbackAddress(), Map.of("webhook-id", "msg_2"), "{}").get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.excerpt()).isEqualTo("x".repeat(500));
        // The receiver could not write the whole 64 MiB: the client closed the connection after its excerpt
        // (what the socket buffers on both sides take in is far less than 64 MiB).
        assertThat(bytesTaken.get(20, TimeUnit.SECONDS)).isLessThan(length);
    }

    @Test
    void aRetryAfterInSecondsOnA429IsInTheOutcome() throws Exception {
        WebhookClient.Outcome outcome = answeredWith("429 Too Many Requests", "Retry-After: 120");

        assertThat(outcome.status()).isEqualTo(429);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(outcome.error()).isNull();
    }

    /**
     * An HTTP-date an hour after the second the test began (as Java's RFC_1123_DATE_TIME writes it, the day not padded):
     * 3,600 s less the part of that second gone by and the moment the exchange took.
     */
    @Test
    void aRetryAfterDateOnA503IsTheWaitFromTheAnswer() throws Exception {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3_600).atOffset(ZoneOffset.UTC));
        WebhookClient.Outcome outcome = answeredWith("503 Service Unavailable", "Retry-After: " + inAnHour);

        assertThat(outcome.status()).isEqualTo(503);
        assertThat(outcome.retryAfter()).isBetween(Duration.ofSeconds(3_590), Duration.ofSeconds(3_600));
    }

    @Test
    void aRetryAfterOnAnotherStatusOrNotValidIsNone() throws Exception {
        assertThat(answeredWith("500 Internal Server Error", "Retry-After: 120").retryAfter()).as("on a 500").isNull();
        assertThat(answeredWith("200 OK", "Retry-After: 120").retryAfter()).as("on a 200").isNull();
        assertThat(answeredWith("503 Service Unavailable", "Retry-After: soon").retryAfter()).as("not a value").isNull();
        assertThat(answeredWith("503 Service Unavailable", "Retry-After: 0").retryAfter()).as("no wait").isNull();
        assertThat(answeredWith("503 Service Unavailable", "X-Other: 1").retryAfter()).as("none given").isNull();
    }

    /** One answer from a receiver written on a socket: the status line's code and reason, one header, no body. */
    private WebhookClient.Outcome answeredWith(String status, String header) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server = socket;
            CompletableFuture<Void> answered = CompletableFuture.runAsync(() -> {
                try (Socket connection = socket.accept()) {
                    readRequest(connection.getInputStream());
                    connection.getOutputStream().write(("HTTP/1.1 " + status + "\r\n" + header
                            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    connection.getOutputStream().flush();
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            WebhookClient.Outcome outcome = client.post(url(), InetAddress.getLoopbackAddress(), Map.of("webhook-id", "msg_3"), "{}").get(10, TimeUnit.SECONDS);
            answered.get(10, TimeUnit.SECONDS);
            return outcome;
        } finally {
            server = null;
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    /** Reads a request's head and its Content-Length body; returns the head. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII).toLowerCase();
        int at = text.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).strip());
        in.readNBytes(length);
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static WebhooksConfig config() {
        WebhooksConfig.Delivery delivery = new WebhooksConfig.Delivery() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            public Duration requestTimeout() {
                return REQUEST_TIMEOUT;
            }

            public int responseExcerpt() {
                return 500;
            }

            public int batch() {
                return 1;
            }

            public int perSubscription() {
                return 1;
            }

            public Duration idlePoll() {
                return Duration.ofSeconds(1);
            }

            public Duration lease() {
                return Duration.ofSeconds(60);
            }
        };
        return new WebhooksConfig() {
            public Egress egress() {
                return null;
            }

            public Delivery delivery() {
                return delivery;
            }

            public Retry retry() {
                return null;
            }

            public Circuit circuit() {
                return null;
            }

            public Secrets secrets() {
                return null;
            }
        };
    }
}
