package dev.cloudgate.store;

import dev.cloudgate.server.Config;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * The child process of {@link EmbeddedStoreKillTest}: opens the embedded store as the server does (same URL,
 * same compaction), commits one logon session after another and prints the id of each once its commit returned.
 */
public final class StoreKillChild {
    private StoreKillChild() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.defaults().with("data", args[0]);
        String url = args.length > 2 ? "jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath().resolve("cloudgate") + args[2] : config.effectiveJdbcUrl();
        try (Database database = Database.open(url, "sa", "", 4)) {
            Thread compactor = Thread.ofPlatform().daemon().start(() -> {
                while (true) {
                    try {
                        Thread.sleep(Integer.parseInt(args[1]));
                        database.compact(80, 4 * 1024 * 1024);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // as the server does: the next pass retries
                    }
                }
            });
            try (Connection c = database.dataSource().getConnection()) {
                org.h2.engine.SessionLocal local = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
                org.h2.mvstore.MVStore mv = local.getDatabase().getStore().getMvStore();
                System.out.println("store autoCommitDelay=" + mv.getAutoCommitDelay() + " retention=" + mv.getRetentionTime());
            }
            System.out.println("ready");
            System.out.flush();
            try (Connection c = database.dataSource().getConnection()) {
                for (long i = 0; ; i++) {
                    UUID id = UUID.randomUUID();
                    try (PreparedStatement insert = c.prepareStatement(
                            "insert into logon_session (id, user_name, created_at, last_seen_at) values (?, ?, ?, ?)")) {
                        insert.setObject(1, id);
                        insert.setString(2, "u" + i);
                        insert.setLong(3, i);
                        insert.setLong(4, i);
                        insert.executeUpdate();
                    }
                    // Logout of an older one: freed space, as logon+logout cycles make it.
                    if (i > 20) {
                        try (PreparedStatement delete = c.prepareStatement("delete from logon_session where created_at = ?")) {
                            delete.setLong(1, i - 20);
                            delete.executeUpdate();
                        }
                    }
                    System.out.println("committed " + id + " " + i);
                    System.out.flush();
                }
            } finally {
                compactor.interrupt();
            }
        }
    }
}
