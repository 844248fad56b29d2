package org.colloquy.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;

/**
 * An immutable set of formats, and the reading and writing done through them. {@link #discover()} finds the
 * formats on the class-path through {@link ServiceLoader}; {@link #builder()} lets a program (or a test) register
 * its own explicitly, ahead of or instead of the discovered ones. {@link org.colloquy.Colloquy} is a facade over
 * the discovered registry.
 *
 * <p>Detection: an explicit format name wins; otherwise every format rates the start of the content, the highest
 * confidence at or above {@link #THRESHOLD} wins, and the file extension breaks ties. When none qualifies the
 * error lists every format's score.
 */
public final class FormatRegistry {

  /** The lowest confidence at which a format is picked by content. */
  public static final double THRESHOLD = 0.5;

  private final ImmutableList<Format> formats;

  private FormatRegistry(List<Format> formats) {
    this.formats = ImmutableList.copyOf(formats);
  }

  /** The formats {@link ServiceLoader} finds through this library's class loader and the thread's. */
  public static FormatRegistry discover() {
    Builder b = builder().addDiscovered(FormatRegistry.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != FormatRegistry.class.getClassLoader()) {
      b.addDiscovered(context);
    }
    return b.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this registry's formats, to add more. */
  public Builder toBuilder() {
    Builder b = new Builder();
    formats.forEach(b::add);
    return b;
  }

  /** The formats, in registration order. Unmodifiable. */
  public List<Format> formats() {
    return formats;
  }

  /** The format called {@code name}, if registered. */
  public Optional<Format> find(String name) {
    requireNonNull(name, "name");
    return formats.stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  /**
   * The format called {@code name}.
   *
   * @throws ColloquyException naming the known formats if there is none
   */
  public Format format(String name) {
    return find(name).orElseThrow(() -> new ColloquyException(
        "no format is called \"" + name + "\"; the known formats are " + names()));
  }

  private String names() {
    return formats.isEmpty()
        ? "none (is colloquy-parsers on the class-path?)"
        : formats.stream().map(Format::name).collect(Collectors.joining(", "));
  }

  /**
   * The format that reads {@code sample} best.
   *
   * @throws ColloquyException listing each format's score when none reaches {@link #THRESHOLD}
   */
  public Format detect(Sample sample) {
    Map<Format, Double> scores = scores(sample);
    String extension = sample.extension().orElse("");
    Optional<Format> best = scores.entrySet().stream()
        .filter(e -> e.getValue() >= THRESHOLD)
        .max(Comparator.<Map.Entry<Format, Double>>comparingDouble(Map.Entry::getValue)
            .thenComparing(e -> e.getKey().extensions().contains(extension)))
        .map(Map.Entry::getKey);
    return best.orElseThrow(() -> new ColloquyException("cannot tell the format of "
        + (sample.name().isEmpty() ? "the input" : sample.name()) + ": no format is confident enough (needs "
        + THRESHOLD + "); scores: "
        + (scores.isEmpty() ? "none, no format is registered (is colloquy-parsers on the class-path?)"
            : scores.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + String.format(Locale.ROOT, "%.2f", e.getValue()))
                .collect(Collectors.joining(", ")))
        + ". Name the format explicitly if you know it."));
  }

  /** Every format's confidence for {@code sample}, in registration order. */
  public Map<Format, Double> scores(Sample sample) {
    Map<Format, Double> scores = new LinkedHashMap<>();
    for (Format f : formats) {
      double score = f.detect(sample);
      scores.put(f, Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score)));
    }
    return scores;
  }

  /** Reads a file, detecting its format from its content (and extension). */
  public Episode load(Path path, ReadOptions options) {
    return load(path, Optional.empty(), options);
  }

  /** Reads a file in the named format. */
  public Episode load(Path path, String format, ReadOptions options) {
    return load(path, Optional.of(format(format)), options);
  }

  private Episode load(Path path, Optional<Format> format, ReadOptions options) {
    requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), format, options);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /** Reads a stream, detecting its format; {@code sourceName} names it in errors and provenance. */
  public Episode read(InputStream in, String sourceName, ReadOptions options) {
    return read(in, sourceName, Optional.empty(), options);
  }

  /** Reads a stream in the named format. */
  public Episode read(InputStream in, String sourceName, String format, ReadOptions options) {
    return read(in, sourceName, Optional.of(format(format)), options);
  }

  private Episode read(InputStream in, String sourceName, Optional<Format> format, ReadOptions options) {
    requireNonNull(in, "in");
    return read(ReadContext.of(sourceName, in, options), format);
  }

  /** Reads text in the named format; {@code sourceName} names it in errors and provenance. */
  public Episode parse(String text, String sourceName, String format, ReadOptions options) {
    return read(ReadContext.of(sourceName, text, options), Optional.of(format(format)));
  }

  /** Reads text, detecting its format. */
  public Episode parse(String text, String sourceName, ReadOptions options) {
    return read(ReadContext.of(sourceName, text, options), Optional.empty());
  }

  private Episode read(ReadContext context, Optional<Format> format) {
    Format chosen = format.orElseGet(() -> detect(context.sample()));
    Episode episode = chosen.read(context);
    List<Diagnostic> extra = context.diagnostics();
    return episode.withDiagnostics(extra);
  }

  /** Writes {@code episode} to a file in the format its extension names. */
  public void write(Episode episode, Path path, WriteOptions options) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    Format format = byExtension(Sample.of(name, "").extension().orElse(""), name);
    write(episode, path, format.name(), options);
  }

  /** Writes {@code episode} to a file in the named format. */
  public void write(Episode episode, Path path, String format, WriteOptions options) {
    Format f = writable(format);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      f.write(episode, out, options);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + path, e);
    }
  }

  /** {@code episode} in the named format, as text. */
  public String write(Episode episode, String format, WriteOptions options) {
    StringWriter out = new StringWriter();
    write(episode, out, format, options);
    return out.toString();
  }

  /** Writes {@code episode} in the named format to {@code out}, which stays open. */
  public void write(Episode episode, Writer out, String format, WriteOptions options) {
    try {
      writable(format).write(episode, out, options);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + format, e);
    }
  }

  private Format writable(String name) {
    Format f = format(name);
    if (!f.canWrite()) {
      throw new ColloquyException("the " + f.name() + " format can only be read; formats that can be written: "
          + formats.stream().filter(Format::canWrite).map(Format::name).collect(Collectors.joining(", ")));
    }
    return f;
  }

  private Format byExtension(String extension, String fileName) {
    return formats.stream()
        .filter(f -> f.canWrite() && f.extensions().contains(extension))
        .findFirst()
        .orElseThrow(() -> new ColloquyException("cannot tell which format to write " + fileName
            + " in from its extension; writable formats and their extensions: "
            + formats.stream().filter(Format::canWrite).map(f -> f.name() + " " + f.extensions())
                .collect(Collectors.joining(", "))
            + ". Name the format explicitly."));
  }

  @Override
  public String toString() {
    return "FormatRegistry" + formats.stream().map(Format::name).collect(Collectors.toList());
  }

  /** Builds a {@link FormatRegistry}; a format name may be registered once. */
  public static final class Builder {
    private final List<Format> formats = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a format.
     *
     * @throws ColloquyException if a format of that name is registered already
     */
    public Builder add(Format format) {
      requireNonNull(format, "format");
      for (Format existing : formats) {
        if (existing.name().equalsIgnoreCase(format.name())) {
          if (existing.getClass() == format.getClass()) {
            return this;
          }
          throw new ColloquyException("two formats are called \"" + format.name() + "\": "
              + existing.getClass().getName() + " and " + format.getClass().getName());
        }
      }
      formats.add(format);
      return this;
    }

    /**
     * Registers the formats {@link ServiceLoader} finds through {@code loader}, sorted by name so the order does
     * not depend on the class-path.
     *
     * @throws ColloquyException naming the provider if one cannot be loaded
     */
    public Builder addDiscovered(ClassLoader loader) {
      List<Format> found = new ArrayList<>();
      try {
        for (Format f : ServiceLoader.load(Format.class, loader)) {
          found.add(f);
        }
      } catch (ServiceConfigurationError e) {
        throw new ColloquyException("a format provider could not be loaded: " + e.getMessage(), e);
      }
      found.sort(Comparator.comparing(Format::name));
      found.forEach(this::add);
      return this;
    }

    /** The registry. */
    public FormatRegistry build() {
      return new FormatRegistry(formats);
    }
  }
}
