package id.go.bekasikota.koperasi.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A plain socket to a server on 127.0.0.1, for what an HTTP client library would not send: raw paths,
 * stalled or trickled requests, connections from another local address (127.0.0.2), and hang-ups with
 * or without a reset. Reads wait at most the poll timeout (200 ms unless set).
 */
public final class RawClient implements AutoCloseable {

    private final Socket socket;

    private RawClient(Socket socket) {
        this.socket = socket;
    }

    public static RawClient connect(int port) {
        return connect(port, "127.0.0.1");
    }

    /** From {@code localAddress} (any 127.x.y.z on Linux) to the gateway on 127.0.0.1. */
    public static RawClient connect(int port, String localAddress) {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(200);
            return new RawClient(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawClient send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    public RawClient send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How long a read waits for data before it reports what it has. */
    public RawClient pollTimeout(java.time.Duration timeout) {
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whatever arrived so far, without waiting longer than the short socket timeout; "" if nothing. */
    public String received() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            // nothing more for now
        } catch (IOException e) {
            // reset by the server: what arrived before still counts
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** True once the server has closed the connection (end of stream or reset). */
    public boolean closedByServer() {
        try {
            byte[] buffer = new byte[8192];
            while (true) {
                if (socket.getInputStream().read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Hangs up: with {@code reset}, SO_LINGER 0 makes the close an RST instead of a FIN. */
    public void hangUp(boolean reset) {
        try {
            if (reset) {
                socket.setSoLinger(true, 0);
            }
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
