package dev.cloudgate.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudgate.acceptance.ServerExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11, concurrency: many clients that connect at the same moment (a load tool opening 1,000 connections, a
 * fleet of exporters after a restart) all get in at once. With the JDK's default accept queue of 50 the kernel
 * dropped the handshakes beyond it; each dropped client waited a second to try again, and wrk saw timeouts.
 */
class ConnectionBurstHardeningTest {
    private static final int CLIENTS = 600;
    private static final Path NETSTAT = Path.of("/proc/net/netstat");

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @Test
    void aBurstOfConnectionsIsQueuedWholeAndEachIsAnswered() throws Exception {
        long overflowsBefore = listenOverflows();
        assertThat(overflowsBefore >= 0 || !Files.isReadable(NETSTAT)).as("Linux's ListenOverflows count is read").isTrue();
        List<SocketChannel> clients = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            // Every connect is sent before any is finished, as a load tool's burst arrives.
            for (int i = 0; i < CLIENTS; i++) {
                SocketChannel channel = SocketChannel.open();
                clients.add(channel);
                channel.configureBlocking(false);
                channel.connect(new InetSocketAddress("127.0.0.1", server.port()));
                channel.register(selector, SelectionKey.OP_CONNECT);
            }
            int answered = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answered < CLIENTS && System.nanoTime() < deadline) {
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    SocketChannel channel = (SocketChannel) key.channel();
                    if (key.isConnectable() && channel.finishConnect()) {
                        channel.write(ByteBuffer.wrap("GET /api/ HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                        key.interestOps(SelectionKey.OP_READ);
                        key.attach(ByteBuffer.allocate(12));
                    } else if (key.isReadable()) {
                        ByteBuffer head = (ByteBuffer) key.attachment();
                        if (channel.read(head) < 0 || !head.hasRemaining()) {
                            assertThat(new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
                            key.cancel();
                            answered++;
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            assertThat(answered).as("clients answered 200").isEqualTo(CLIENTS);
        } finally {
            for (SocketChannel channel : clients) {
                channel.close();
            }
        }
        if (overflowsBefore >= 0) {
            // System-wide, but nothing else on a test machine fills an accept queue in these few seconds.
            assertThat(listenOverflows() - overflowsBefore).as("handshakes the kernel dropped for want of queue room").isZero();
        }
    }

    /** Linux's count of handshakes dropped because an accept queue was full; -1 where the kernel does not say. */
    private static long listenOverflows() throws IOException {
        if (!Files.isReadable(NETSTAT)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(NETSTAT);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            List<String> names = Arrays.asList(lines.get(i).split(" "));
            int column = names.indexOf("ListenOverflows");
            if (lines.get(i).startsWith("TcpExt:") && column > 0) {
                return Long.parseLong(lines.get(i + 1).split(" ")[column]);
            }
        }
        return -1;
    }
}
