// Runs the real Neo4j Community engine in-process with Bolt on 127.0.0.1 for dev and tests (never shipped).

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Main {
    private static final String HOST = "127.0.0.1";
    private static final String STDIN_FLAG = "--stop-on-stdin-close";
    /** Loopback, private, link-local (cloud metadata) and unique-local ranges: never a LOAD CSV source. */
    private static final String[] IP_BLOCKLIST = {
        "127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "0.0.0.0/8",
        "100.64.0.0/10", "::1/128", "fc00::/7", "fe80::/10",
    };

    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !STDIN_FLAG.equals(args[2]))) {
            System.err.println("usage: Main <homeDir> <port> [" + STDIN_FLAG + "]   (port 0 = pick a free one)");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int requestedPort = parsePort(args[1]);
        Files.createDirectories(home);
        // LOAD CSV may only read files under this empty directory, and file:/// URLs are off anyway.
        Path importDir = Files.createDirectories(home.resolve("import"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, requestedPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, requestedPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bound to 127.0.0.1 only, so no auth: tests and dev connect with any credentials.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Defence in depth behind the app's read-only guard: no LOAD CSV from local files, an
                // import root confined to an empty directory, no Cypher fetches of loopback or private
                // addresses, and a per-transaction memory cap so one runaway query cannot starve the rest.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, ipBlocklist())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Netty's default 5 s quiet period (twice, one per event loop) made every stop take 10 s.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("neo4j-local: shutting down");
                dbms.shutdown();
                System.err.println("neo4j-local: stopped");
            }
        };
        // SIGTERM/SIGINT run shutdown hooks, so the store is closed cleanly on either.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        int port = boundBoltPort(db, requestedPort);
        waitForBolt(port);
        System.out.println("NEO4J_READY bolt://" + HOST + ":" + port);
        System.out.flush();

        if (args.length == 3) {
            watchStdin();
            System.exit(0);
        }
        Thread.currentThread().join();
    }

    private static List<IPAddressString> ipBlocklist() {
        return Arrays.stream(IP_BLOCKLIST).map(IPAddressString::new).toList();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            System.err.println("neo4j-local: port must be an integer 0..65535, got '" + text + "'");
            System.exit(2);
            return -1;
        }
    }

    // With port 0 the OS picks the port; Neo4j records the one it bound in its port register.
    private static int boundBoltPort(GraphDatabaseService db, int requestedPort) {
        if (requestedPort != 0) {
            return requestedPort;
        }
        ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class);
        HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
        if (bolt == null) {
            throw new IllegalStateException("Bolt connector did not register a port");
        }
        return bolt.getPort();
    }

    // build() returns once connectors are started; this confirms the socket really accepts.
    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt on port " + port + " never accepted a connection", e);
                }
                Thread.sleep(100);
            }
        }
    }

    // A parent that dies without signalling (e.g. SIGKILL) closes our stdin pipe; stop with it.
    private static void watchStdin() throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Input is ignored; only end-of-stream matters.
        }
        System.err.println("neo4j-local: stdin closed, stopping");
    }
}
