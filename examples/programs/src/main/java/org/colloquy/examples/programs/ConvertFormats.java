package org.colloquy.examples.programs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colloquy.Colloquy;
import org.colloquy.format.Format;
import org.colloquy.model.Episode;

/**
 * Shows converting between formats: read one (detected from its content), write every format that can be
 * written, and read each result back. The file extension picks the format when writing to a path.
 */
public final class ConvertFormats {

  private ConvertFormats() {}

  public static void main(String[] args) throws IOException {
    Episode ep = Colloquy.parse(RenameDiarisedSpeakers.TRANSCRIPT)
        .renameSpeaker("SPEAKER_00", "Craig Smith").renameSpeaker("SPEAKER_01", "Yann LeCun");
    Path dir = Files.createTempDirectory("colloquy-convert");
    try {
      for (Format format : Colloquy.formats()) {
        if (!format.canWrite() || format.extensions().isEmpty()) {
          continue;
        }
        if (Colloquy.write(ep, format.name()).isBlank()) {
          System.out.printf("%-14s holds none of this episode%n", format.name());
          continue;
        }
        Path file = dir.resolve("interview." + format.name() + "." + format.extensions().get(0));
        Colloquy.write(ep, file, format.name());
        Episode back = Colloquy.load(file, format.name());
        System.out.printf("%-14s %6d bytes, read back: %d segments, %d speakers%n", format.name(), Files.size(file),
            back.segments().size(), back.speakers().size());
        Files.delete(file);
      }
    } finally {
      // Leave nothing behind in the temporary folder, whatever happened.
      try (var left = Files.list(dir)) {
        for (Path file : (Iterable<Path>) left::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }
}
