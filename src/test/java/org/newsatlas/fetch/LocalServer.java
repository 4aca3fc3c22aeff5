package org.newsatlas.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A web server on 127.0.0.1 for tests: fixed answers per path, and a log of what was asked. */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
    }

    public LocalServer serve(String path, String contentType, String body) {
        return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public LocalServer serve(String path, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            log(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    public LocalServer status(String path, int status) {
        server.createContext(path, exchange -> {
            log(exchange.getRequestURI().getPath(), null);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        return this;
    }

    public LocalServer redirect(String path, String location) {
        server.createContext(path, exchange -> {
            log(exchange.getRequestURI().getPath(), null);
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    private void log(String path, String userAgent) {
        requests.add(path);
        if (userAgent != null) {
            userAgents.add(userAgent);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of a path on this server, by IP ({@code 127.0.0.1}). */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public List<String> requests() {
        return requests;
    }

    public List<String> userAgents() {
        return userAgents;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
