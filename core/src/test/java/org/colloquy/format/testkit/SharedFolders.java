package org.colloquy.format.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's {@code shared/} folder (third-party conformance suites, the seed documents) beside the
 * checkout. It is never copied into the project: tests that need it skip when it is absent.
 *
 * <pre>{@code
 * Path suite = SharedFolders.conformance().map(p -> p.resolve("webvtt")).orElse(null);
 * Assumptions.assumeTrue(suite != null && Files.isDirectory(suite), "shared/conformance/webvtt is absent");
 * }</pre>
 */
public final class SharedFolders {

  private SharedFolders() {}

  /** The {@code shared} folder found in the working directory or one of its ancestors, if any. */
  public static Optional<Path> shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("conformance")) || Files.isDirectory(candidate.resolve("seeds"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** {@code shared/conformance}, if present. */
  public static Optional<Path> conformance() {
    return shared().map(p -> p.resolve("conformance")).filter(Files::isDirectory);
  }
}
