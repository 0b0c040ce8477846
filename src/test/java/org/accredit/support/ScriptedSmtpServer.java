package org.accredit.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny SMTP server whose answer depends on the recipient, for the replies GreenMail does not give: a recipient
 * starting with {@code reject-} gets {@code 550 5.1.1 <...>: Recipient address rejected: User unknown}, one
 * starting with {@code busy-} gets {@code 451 4.3.0 Try again later}, one starting with {@code drop-} has its
 * connection closed. Other messages are accepted and kept ({@link #received()}, the raw DATA).
 */
public class ScriptedSmtpServer implements QuarkusTestResourceLifecycleManager {

    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private ServerSocket server;
    private ExecutorService pool;

    /** The raw messages accepted so far (headers and body, as sent in DATA). */
    public static List<String> received() {
        return RECEIVED;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pool = Executors.newCachedThreadPool();
        pool.submit(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    pool.submit(() -> serve(client));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getLocalPort()));
    }

    private static void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 scripted ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-scripted\r\n250 8BITMIME");
                    case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                    case "RCPT" -> {
                        String to = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
                        if (to.startsWith("reject-")) {
                            reply(out, "550 5.1.1 <" + to + ">: Recipient address rejected: User unknown");
                        } else if (to.startsWith("busy-")) {
                            reply(out, "451 4.3.0 Try again later");
                        } else if (to.startsWith("drop-")) {
                            return;
                        } else {
                            reply(out, "250 2.1.5 OK");
                        }
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder message = new StringBuilder();
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            message.append(data).append("\r\n");
                        }
                        RECEIVED.add(message.toString());
                        reply(out, "250 2.0.0 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 command not recognized");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
