package org.colloquy.parsers.summary;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;

/** Test resources of this format, read from the class-path. */
final class Fixtures {

  static final String SEED = "seeds/000_a6612d57c1853cf2.txt";
  static final String TRANSCRIPT_SEED = "seeds/004_afdbe2020041c00a.txt";

  private Fixtures() {}

  static String text(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormatRegistry registry() {
    return FormatRegistry.builder().add(new SummaryPageFormat()).build();
  }

  /** Reads a resource in this format, leniently. */
  static Episode read(String resource) {
    return parse(text(resource), resource, ReadOptions.defaults());
  }

  static Episode parse(String text, String name, ReadOptions options) {
    return registry().parse(text, name, "summary-page", options);
  }
}
