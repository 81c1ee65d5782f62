package id.go.bekasikota.koperasi.testsupport;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/2 connection in cleartext (prior knowledge, as {@code curl --http2-prior-knowledge}) to a
 * server on 127.0.0.1, for what REST Assured does not speak: every request goes on the same
 * connection, and an upload may announce more than it sends.
 */
public final class Http2Client implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient client;

    public Http2Client(int port) {
        client = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setDefaultHost("127.0.0.1").setDefaultPort(port));
    }

    /** An answer as it arrived, and the connection it came on. */
    public record Answer(int status, HttpVersion version, MultiMap headers, String body, HttpConnection connection) {
    }

    public Answer get(String path, Map<String, String> headers) {
        return await(client.request(options(HttpMethod.GET, path, headers)).compose(request -> request.send().compose(Http2Client::read)));
    }

    /** A POST whose {@code Content-Length} announces {@code announced} bytes, of which only {@code first} are sent. */
    public Answer postPart(String path, Map<String, String> headers, long announced, byte[] first) {
        return await(client.request(options(HttpMethod.POST, path, headers)).compose(request -> {
            request.putHeader("Content-Length", Long.toString(announced));
            request.write(Buffer.buffer(first));
            // The rest is never sent: once the answer is read, the upload's stream is given up, if the server has not
            // done so itself.
            return request.response().compose(Http2Client::read).onComplete(read -> request.reset());
        }));
    }

    private static RequestOptions options(HttpMethod method, String path, Map<String, String> headers) {
        RequestOptions options = new RequestOptions().setMethod(method).setURI(path);
        headers.forEach(options::putHeader);
        return options;
    }

    private static Future<Answer> read(HttpClientResponse response) {
        HttpClientRequest request = response.request();
        return response.body().map(body -> new Answer(response.statusCode(), response.version(), response.headers(), body.toString(),
                request.connection()));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("HTTP/2 request failed: " + e, e);
        }
    }

    /** Closes at once (the client's own close waits up to 30 s for its connection to shut down gracefully). */
    @Override
    public void close() {
        await(vertx.close());
    }
}
