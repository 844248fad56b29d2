package org.colloquy.parsers;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.asr.AssemblyAiJsonFormat;
import org.colloquy.parsers.asr.AwsTranscribeJsonFormat;
import org.colloquy.parsers.asr.DeepgramJsonFormat;
import org.colloquy.parsers.asr.RevAiJsonFormat;
import org.colloquy.parsers.asr.WhisperJsonFormat;
import org.colloquy.parsers.podcast.PodcastChaptersFormat;
import org.colloquy.parsers.podcast.PodcastHtmlFormat;
import org.colloquy.parsers.podcast.PodcastJsonFormat;

/** Test resources of the recogniser and podcast formats, and a registry of exactly those formats. */
public final class JsonFixtures {

  /** The eight formats, in registration order. */
  public static final List<Format> FORMATS = List.of(new PodcastJsonFormat(), new PodcastHtmlFormat(),
      new PodcastChaptersFormat(), new WhisperJsonFormat(), new AssemblyAiJsonFormat(), new DeepgramJsonFormat(),
      new AwsTranscribeJsonFormat(), new RevAiJsonFormat());

  private static final FormatRegistry REGISTRY = registryOf(FORMATS);

  private JsonFixtures() {}

  private static FormatRegistry registryOf(List<Format> formats) {
    FormatRegistry.Builder b = FormatRegistry.builder();
    formats.forEach(b::add);
    return b.build();
  }

  /** A resource's text. */
  public static String text(String resource) {
    try (InputStream in = JsonFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The registry holding the eight formats. */
  public static FormatRegistry registry() {
    return REGISTRY;
  }

  /** Reads a resource leniently in the format its folder is named for. */
  public static Episode read(String resource) {
    return read(resource, ReadOptions.defaults());
  }

  /** Reads a resource in the format its folder is named for. */
  public static Episode read(String resource, ReadOptions options) {
    String format = resource.substring(0, resource.indexOf('/'));
    return REGISTRY.parse(text(resource), resource, format, options);
  }
}
