package dk.oplys.integration.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Deployment settings: a system property {@code oplys.x.y} wins, then the environment variable
 * {@code OPLYS_X_Y}, then the default. Nothing here is secret except paths to secrets.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    public static boolean flag(String name, boolean fallback) {
        return get(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** Folder of the CPR keys; by default beside the server's data, never inside the database. */
    public static Path keysDir() {
        return get("oplys.keys.dir").map(Path::of).orElseGet(() ->
                Path.of(System.getProperty("jboss.server.data.dir", "."), "oplys-keys"));
    }
}
