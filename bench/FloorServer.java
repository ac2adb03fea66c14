import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The floor of bench/side-by-side.sh: a bare Jetty servlet (the Jetty inside
 * target/cydip.jar, nothing else) that answers every GET with the same bytes and a
 * Content-Length. Nothing can serve those bytes faster on this machine with this
 * Jetty, so a server's throughput is compared with it in the same run. Started with
 * Java's source launcher, bound to 127.0.0.1:
 * {@code java -cp target/cydip.jar bench/FloorServer.java PORT BODY-FILE MEDIA-TYPE}.
 */
public final class FloorServer {
    private FloorServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String type = args[2];
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setContentType(type);
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("floor: serving " + body.length + " bytes of " + type + " at http://127.0.0.1:" + port + "/");
        server.join();
    }
}
