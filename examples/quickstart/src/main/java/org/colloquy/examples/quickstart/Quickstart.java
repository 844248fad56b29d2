package org.colloquy.examples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.colloquy.Colloquy;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.Format;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.query.SpeakerStats;

/**
 * The README's main job: loads an interview — the bundled sample (a real, messy PDF-extracted transcript) when
 * given no arguments, or the file named by the first argument — and shows what Colloquy makes of it: the episode,
 * its speakers with roles and talk share, three queries with their answers, and the episode written out in every
 * writable format.
 *
 * <p>Usage: {@code Quickstart [FILE] [--out DIR]}; files are written to {@code DIR} (default
 * {@code target/quickstart}).
 */
public final class Quickstart {

  private static final String SAMPLE = "sample-interview.txt";

  private Quickstart() {}

  public static void main(String[] args) {
    Path out = Path.of("target", "quickstart");
    Path input = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        input = Path.of(args[i]);
      }
    }
    try {
      Episode episode = input == null ? loadSample() : Colloquy.load(input);
      run(episode, input == null ? SAMPLE : input.getFileName().toString(), out, System.out);
    } catch (ColloquyException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  static Episode loadSample() {
    try (InputStream in = Quickstart.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the class-path");
      }
      return Colloquy.read(in, SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void run(Episode episode, String name, Path out, PrintStream print) {
    print.println("Loaded " + name);
    print.println(episode);
    print.println();

    print.println("Speakers:");
    for (SpeakerStats s : episode.stats().speakers()) {
      print.printf(Locale.ROOT, "  %-12s %-8s %5.1f%% of talk time, %5.1f%% of words, %d turns, %d questions%n",
          s.speaker().displayName(), s.speaker().role(), s.talkShare() * 100, s.wordShare() * 100, s.turns(),
          s.questions());
    }
    print.println();

    String guest = episode.stats().speakers().stream()
        .max(Comparator.comparingInt(SpeakerStats::words))
        .map(s -> s.speaker().id()).orElse("?");
    print.println("Queries:");
    int mentions = episode.segments().speech().containing("artificial intelligence").size();
    print.printf(Locale.ROOT, "  segments().speech().containing(\"artificial intelligence\").size()%n    → %d%n",
        mentions);
    Optional<Segment> first = episode.segments().by(guest).containing("self-supervised").first();
    print.printf(Locale.ROOT, "  segments().by(\"%s\").containing(\"self-supervised\").first()%n",
        guest.toLowerCase(Locale.ROOT));
    print.println("    → " + first.map(Segment::toString).orElse("none"));
    Optional<Segment> longest = episode.segments().speech().turns().stream()
        .max(Comparator.comparingInt(Segment::wordCount));
    print.println("  segments().speech().turns(), the one with the most words");
    print.println("    → " + longest.map(t -> t.wordCount() + " words, " + t).orElse("none"));
    long between = episode.segments().between(Duration.ofMinutes(10), Duration.ofMinutes(12)).size();
    print.printf(Locale.ROOT, "  segments().between(10 min, 12 min).size()%n    → %d%n", between);
    print.println();

    if (!episode.diagnostics().isEmpty()) {
      print.println("Diagnostics: " + episode.diagnostics().size() + " (what was repaired, guessed or set aside),"
          + " e.g. " + episode.diagnostics().get(0));
      print.println();
    }

    print.println("Written:");
    String base = name.replaceFirst("\\.[^.]*$", "");
    for (Format format : Colloquy.formats()) {
      if (!format.canWrite() || format.extensions().isEmpty()) {
        continue;
      }
      Path file = out.resolve(base + "." + format.name() + "." + format.extensions().get(0));
      String text = Colloquy.write(episode, format.name());
      if (text.isBlank()) {
        print.println("  " + format.name() + ": nothing to write, the episode has none of what it holds");
        continue;
      }
      try {
        Files.createDirectories(out);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        print.println("  " + format.name() + " → " + file.toAbsolutePath().normalize());
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + file, e);
      }
    }
  }
}
