package org.colloquy.parsers.asr;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated word-level WhisperX file, and a {@code main} that loads one in a JVM of its own: {@code stream}
 * reads it with the {@code whisper-json} format, {@code tree} builds a Jackson tree of it. Used by
 * {@link WhisperStreamingMemoryTest} to compare the two under the same bounded heap.
 */
final class LargeWhisperFile {

  static final int WORDS_PER_SEGMENT = 20;
  private static final String[] WORDS = {"the", "network", "learns", "a", "representation", "of", "images", "and",
    "then", "predicts", "what", "comes", "next", "in", "video", "which", "is", "hard", "because", "uncertain"};

  private LargeWhisperFile() {}

  /** Writes {@code segments} segments of {@link #WORDS_PER_SEGMENT} words each, pretty-printed as WhisperX does. */
  static void write(Path file, int segments) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, UTF_8), 1 << 16)) {
      out.write("{\n  \"segments\": [\n");
      double t = 0;
      for (int s = 0; s < segments; s++) {
        String speaker = s % 3 == 0 ? "SPEAKER_01" : "SPEAKER_00";
        StringBuilder text = new StringBuilder();
        StringBuilder words = new StringBuilder();
        double start = t;
        for (int w = 0; w < WORDS_PER_SEGMENT; w++) {
          String word = WORDS[(s + w) % WORDS.length];
          text.append(' ').append(word);
          words.append(w == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
              "        {\n          \"word\": \"%s\",\n          \"start\": %.3f,\n          \"end\": %.3f,\n"
                  + "          \"score\": 0.%03d,\n          \"speaker\": \"%s\"\n        }",
              word, t, t + 0.25, 500 + (s * 7 + w) % 499, speaker));
          t += 0.3;
        }
        out.write(String.format(Locale.ROOT,
            "%s    {\n      \"start\": %.3f,\n      \"end\": %.3f,\n      \"text\": \"%s\",\n"
                + "      \"words\": [\n%s\n      ],\n      \"speaker\": \"%s\"\n    }",
            s == 0 ? "" : ",\n", start, t, text, words, speaker));
      }
      out.write("\n  ],\n  \"language\": \"en\"\n}\n");
    }
  }

  /** {@code stream FILE} or {@code tree FILE}; prints the words read and the heap in use after a full GC. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    long words;
    try {
      if (args[0].equals("stream")) {
        FormatRegistry registry = FormatRegistry.builder().add(new WhisperJsonFormat()).build();
        Episode ep;
        try (InputStream in = Files.newInputStream(file)) {
          ep = registry.read(in, file.toString(), "whisper-json", ReadOptions.defaults());
        }
        words = ep.segments().stream().mapToLong(s -> s.words().size()).sum();
        report(words, ep);
      } else {
        Object tree = JsonMapper.builder().build().readTree(file.toFile());
        words = -1;
        report(words, tree);
      }
    } catch (OutOfMemoryError e) {
      System.out.println("out of memory");
      System.exit(3);
    }
  }

  private static void report(long words, Object kept) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long used = rt.totalMemory() - rt.freeMemory();
    System.out.println("words=" + words + " heapUsedMB=" + used / (1 << 20) + " kept=" + (kept != null));
  }
}
