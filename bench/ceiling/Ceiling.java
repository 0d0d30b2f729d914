import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's ceiling: a bare Netty HTTP/1.1 responder that answers each request with bytes captured
 * from cloudgate (status, Content-Type, a few headers, body), looked up by method, URI and Accept. No
 * routing table beyond a hash map, no sessions, no rendering: what any JVM HTTP server on this
 * machine can at best do with the same bytes. Bench-only; compiled by bench/run against the Netty
 * jars it fetches into bench/.cache.
 *
 * <p>routes.tsv, one answer a line: method, exact|prefix, URI, Accept (or *), status, then header
 * lines as name=value joined by a tab, then the body file; see bench/src/Stubs.java.
 */
public final class Ceiling {
    private record Answer(HttpResponseStatus status, List<String[]> headers, ByteBuf body) {
    }

    private final Map<String, Answer> exact = new HashMap<>();
    private final List<Map.Entry<String, Answer>> prefixes = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Ceiling ceiling = new Ceiling(Path.of(args[1]));
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 2048)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), ceiling.new Responder());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", port)).sync().channel().closeFuture().sync();
    }

    private Ceiling(Path dir) throws Exception {
        for (String line : Files.readAllLines(dir.resolve("routes.tsv"))) {
            String[] f = line.split("\t");
            List<String[]> headers = new ArrayList<>();
            for (int i = 5; i < f.length - 1; i++) {
                headers.add(f[i].split("=", 2));
            }
            ByteBuf body = Unpooled.unreleasableBuffer(Unpooled.directBuffer().writeBytes(Files.readAllBytes(dir.resolve(f[f.length - 1]))));
            Answer answer = new Answer(HttpResponseStatus.valueOf(Integer.parseInt(f[4])), headers, body);
            String key = f[0] + " " + f[2] + " " + f[3];
            if (f[1].equals("exact")) {
                exact.putIfAbsent(key, answer);
            } else {
                prefixes.add(Map.entry(key, answer));
            }
        }
    }

    private Answer find(String method, String uri, String accept) {
        Answer answer = exact.get(method + " " + uri + " " + accept);
        if (answer == null) {
            answer = exact.get(method + " " + uri + " *");
        }
        if (answer == null) {
            for (Map.Entry<String, Answer> prefix : prefixes) {
                String[] key = prefix.getKey().split(" ", 3);
                if (key[0].equals(method) && uri.startsWith(key[1]) && (key[2].equals("*") || key[2].equals(accept))) {
                    return prefix.getValue();
                }
            }
        }
        return answer;
    }

    private final class Responder extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
            String accept = request.headers().get(HttpHeaderNames.ACCEPT, "*");
            Answer answer = find(request.method().name(), request.uri(), accept);
            FullHttpResponse response;
            if (answer == null) {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND, Unpooled.EMPTY_BUFFER);
            } else {
                response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, answer.status(), answer.body().duplicate());
                for (String[] header : answer.headers()) {
                    response.headers().set(header[0], header[1]);
                }
            }
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            boolean keepAlive = HttpUtil.isKeepAlive(request);
            if (keepAlive) {
                if (!request.protocolVersion().isKeepAliveDefault()) {
                    response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                }
                ctx.write(response);
            } else {
                response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
            }
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
