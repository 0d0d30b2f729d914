package dev.cloudgate.server;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded store's data directory private: the directory (and any below it) 0700, every file
 * in it 0600, whatever the umask (docs/configuration.md). The store holds password hashes and live
 * session ids. H2 creates its files with the process umask, and we cannot set that from Java, so the
 * modes are set when the directory is opened, after the store opened, on every housekeeping pass and
 * after the store closed (a compacted file is a new file). The directory mode is what closes the gap
 * in between: nobody else can reach a file inside a 0700 directory, whatever the file's own mode.
 */
final class PrivateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} if needed, private from its first moment. */
    static void createDirectory(Path dir) throws IOException {
        if (POSIX && !Files.exists(dir)) {
            Files.createDirectories(dir.toAbsolutePath().getParent());
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Made by someone else meanwhile: its mode is set below.
            }
        }
        Files.createDirectories(dir);
        secure(dir);
    }

    /** Sets the modes of {@code dir} and everything in it; a file that vanished meanwhile is skipped. */
    static void secure(Path dir) {
        if (!POSIX || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.forEach(path -> {
                try {
                    Set<PosixFilePermission> wanted = Files.isDirectory(path) ? DIRECTORY : FILE;
                    if (!Files.getPosixFilePermissions(path).equals(wanted)) {
                        Files.setPosixFilePermissions(path, wanted);
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // A temporary file the store removed between listing and setting.
                } catch (IOException e) {
                    LOG.warn("cannot make {} private: {}", path, e.getMessage());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.warn("cannot make the data directory {} private: {}", dir, e.getMessage());
        }
    }
}
