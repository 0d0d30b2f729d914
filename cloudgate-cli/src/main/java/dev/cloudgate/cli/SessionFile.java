package dev.cloudgate.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The logon session {@code cloudgate login} keeps for later commands: {@code $CLOUDGATE_HOME/session},
 * by default {@code ~/.cloudgate/session}, readable by its owner only. It holds the URL, the user
 * name and the session token, never the password.
 */
final class SessionFile {
    private final Path file;

    SessionFile(Path file) {
        this.file = file;
    }

    static SessionFile standard() {
        String home = System.getenv("CLOUDGATE_HOME");
        Path dir = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cloudgate");
        return new SessionFile(dir.resolve("session"));
    }

    Path path() {
        return file;
    }

    /** The saved session, or null when there is none. */
    Saved read() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String url = p.getProperty("url");
        String token = p.getProperty("token");
        return url == null || token == null ? null : new Saved(url, p.getProperty("user"), token);
    }

    void write(Saved saved) {
        Properties p = new Properties();
        p.setProperty("url", saved.url());
        p.setProperty("user", saved.user());
        p.setProperty("token", saved.token());
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Created private, not narrowed afterwards: the token is a live credential.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                p.store(out, "cloudgate logon session (cloudgate login / cloudgate logout)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    /** A saved session: where, who, and the {@code X-RestSvcSessionId} token. */
    record Saved(String url, String user, String token) {
    }
}
