package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.stack.Ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx from Debian's package ({@code ./bench/run} installs it when missing) as a plain reverse proxy
 * to one service: the yardstick beside the gateway (issue 20). One worker per core, keep-alive
 * connections to the service (as the gateway's pool), no buffering of answers, no access log; its
 * files live in a temporary directory that goes when it stops.
 */
public final class Nginx implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx"));

    private final Path directory;
    private final Process process;
    private final int port;

    private Nginx(Path directory, Process process, int port) {
        this.directory = directory;
        this.process = process;
        this.port = port;
    }

    /** The CPU time nginx has used so far, its master and workers together (none where the system does not tell). */
    public java.time.Duration cpuTime() {
        return ProcessCpu.ofTree(process.pid());
    }

    public static boolean installed() {
        return BINARIES.stream().anyMatch(Files::isExecutable);
    }

    /** Starts nginx proxying everything to {@code upstreamPort} on 127.0.0.1 and waits until it listens. */
    public static Nginx start(int upstreamPort) {
        Path binary = BINARIES.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("nginx is not installed (apt-get install nginx-light)"));
        int port = Ports.free();
        try {
            Path directory = Files.createTempDirectory("koperasi-bench-nginx-");
            Files.createDirectories(directory.resolve("logs"));
            Files.writeString(directory.resolve("nginx.conf"), """
                    worker_processes auto;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 4096; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/client-body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        upstream service {
                            server 127.0.0.1:%2$d;
                            keepalive 64;
                        }
                        server {
                            listen 127.0.0.1:%3$d;
                            location / {
                                proxy_pass http://service;
                                proxy_http_version 1.1;
                                proxy_set_header Connection "";
                                proxy_set_header X-Forwarded-For $remote_addr;
                                proxy_buffering off;
                            }
                        }
                    }
                    """.formatted(directory, upstreamPort, port));
            Process process = new ProcessBuilder(binary.toString(), "-p", directory.toString(), "-c", directory.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("logs/console.log").toFile())
                    .start();
            Nginx nginx = new Nginx(directory, process, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException("nginx did not start", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: see " + directory.resolve("logs"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
        throw new IllegalStateException("nginx not listening on " + port + " after 10 s");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run
        }
    }
}
