package org.colloquy.parsers.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.net.URISyntaxException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;

/** Test resources and a registry holding only this format. */
final class Fixtures {

  static final String SEED = "seeds/004_afdbe2020041c00a.txt";

  static final FormatRegistry REGISTRY = FormatRegistry.builder().add(new LabeledTextFormat()).build();

  private Fixtures() {}

  static String text(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path path(String resource) {
    try {
      return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Episode read(String text) {
    return read(text, ReadOptions.defaults());
  }

  static Episode read(String text, ReadOptions options) {
    return REGISTRY.parse(text, "test.txt", LabeledTextFormat.NAME, options);
  }

  static Episode readResource(String resource) {
    return REGISTRY.parse(text(resource), resource, LabeledTextFormat.NAME, ReadOptions.defaults());
  }
}
