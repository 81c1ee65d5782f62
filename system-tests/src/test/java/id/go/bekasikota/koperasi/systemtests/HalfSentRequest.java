package id.go.bekasikota.koperasi.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request in flight on a plain socket: its headers sent with {@code Expect: 100-continue}, the service's
 * {@code 100 Continue} received (so the service is handling it: a request whose headers it has not read yet would
 * not be in flight), the first half of its body sent, the rest when {@link #finish()} is called. For what a service
 * does with a request it is reading when something happens to it (a SIGTERM).
 */
final class HalfSentRequest implements AutoCloseable {

    private final Socket socket;
    private final byte[] rest;

    private HalfSentRequest(Socket socket, byte[] rest) {
        this.socket = socket;
        this.rest = rest;
    }

    /** POSTs {@code json} to {@code url} (http, a service's own port) with the bearer token, half of it for now. */
    static HalfSentRequest postJson(String url, String token, String json) throws IOException {
        URI uri = URI.create(url);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(30_000);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Expect: 100-continue\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String interim = readLine(socket);
        if (!interim.startsWith("HTTP/1.1 100")) {
            socket.close();
            throw new IOException("the service answered " + interim + " instead of 100 Continue");
        }
        readLine(socket); // the interim answer's empty line
        out.write(body, 0, body.length / 2);
        out.flush();
        return new HalfSentRequest(socket, Arrays.copyOfRange(body, body.length / 2, body.length));
    }

    /** A line of the answer, read byte by byte (a buffered reader would take the bytes of what follows). */
    private static String readLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = socket.getInputStream().read(); b != '\n'; b = socket.getInputStream().read()) {
            if (b < 0) {
                throw new IOException("the connection was closed without an answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    /** Sends the rest of the body and answers the status line of the answer ({@code HTTP/1.1 201 Created}). */
    String finish() throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(rest);
        out.flush();
        return readLine(socket);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
