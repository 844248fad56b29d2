package org.colloquy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;

/**
 * A generated two-person interview, word by word with times and confidences, rendered into each format's own
 * shape. An hour of talk is about 9,000 words; the renderings follow each format's documentation.
 */
final class Script {

  /** One turn: who, and the words with their times in milliseconds. */
  record Turn(int speaker, List<String> words, long[] starts, long[] ends, double[] confidences) {
    long start() {
      return starts[0];
    }

    long end() {
      return ends[ends.length - 1];
    }

    String text() {
      return String.join(" ", words);
    }
  }

  private static final String[] WORDS = ("the of and to a in that is was he for it with as his on be at by i this"
      + " had not are but from or have an they which one you were her all she there would their we him been has"
      + " when who will more no if out so said what up its about into than them can only other new some could time"
      + " learning network neural model intelligence machine vision data training supervised prediction gradient")
      .split(" ");

  final List<Turn> turns = new ArrayList<>();

  /** About {@code hours} of talk between two speakers. */
  static Script interview(double hours, long seed) {
    Random random = new Random(seed);
    Script script = new Script();
    long t = 0;
    long words = 0;
    long target = (long) (hours * 9000);
    int speaker = 0;
    while (words < target) {
      int n = 5 + random.nextInt(60);
      List<String> text = new ArrayList<>(n);
      long[] starts = new long[n];
      long[] ends = new long[n];
      double[] confidences = new double[n];
      for (int i = 0; i < n; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        if (i == 0) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        if (i + 1 == n) {
          w += random.nextInt(4) == 0 ? "?" : ".";
        }
        text.add(w);
        starts[i] = t;
        ends[i] = t + 120 + random.nextInt(300);
        confidences[i] = 0.5 + random.nextInt(500) / 1000.0;
        t = ends[i] + random.nextInt(60);
      }
      script.turns.add(new Turn(speaker, text, starts, ends, confidences));
      words += n;
      speaker = 1 - speaker;
      t += 200 + random.nextInt(800);
    }
    return script;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /** The episode the script describes, with word timings. */
  Episode episode() {
    Speaker[] speakers = {Speaker.of("HOST", "Host", Speaker.Role.HOST),
        Speaker.of("GUEST", "Guest", Speaker.Role.GUEST)};
    Episode.Builder b = Episode.builder().title("Generated interview").addSpeaker(speakers[0])
        .addSpeaker(speakers[1]);
    for (Turn turn : turns) {
      Segment.Builder s = Segment.builder().speaker(speakers[turn.speaker()])
          .start(Duration.ofMillis(turn.start())).end(Duration.ofMillis(turn.end())).text(turn.text());
      for (int i = 0; i < turn.words().size(); i++) {
        s.addWord(Word.of(turn.words().get(i), Duration.ofMillis(turn.starts()[i]),
            Duration.ofMillis(turn.ends()[i]), turn.confidences()[i]));
      }
      b.addSegment(s.build());
    }
    return b.build();
  }

  /** Written by the library's own writer for {@code format}. */
  byte[] written(String format) {
    return Colloquy.write(episode(), format).getBytes(StandardCharsets.UTF_8);
  }

  /** Podcasting 2.0 HTML: {@code <cite>}, {@code <time>}, {@code <p>} per turn. */
  byte[] podcastHtml() {
    StringBuilder out = new StringBuilder();
    for (Turn turn : turns) {
      long s = turn.start() / 1000;
      out.append("<cite>").append(turn.speaker() == 0 ? "Host" : "Guest").append(":</cite>\n<time>")
          .append(String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60))
          .append("</time>\n<p>").append(turn.text()).append("</p>\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** AssemblyAI: utterances with integer-millisecond words and letter speakers. */
  byte[] assemblyAi() {
    StringBuilder out = new StringBuilder("{\"id\":\"bench\",\"status\":\"completed\",\"utterances\":[");
    for (int u = 0; u < turns.size(); u++) {
      Turn turn = turns.get(u);
      String speaker = turn.speaker() == 0 ? "A" : "B";
      out.append(u == 0 ? "" : ",").append("{\"speaker\":\"").append(speaker).append("\",\"start\":")
          .append(turn.start()).append(",\"end\":").append(turn.end()).append(",\"confidence\":0.9,\"text\":\"")
          .append(turn.text()).append("\",\"words\":[");
      for (int i = 0; i < turn.words().size(); i++) {
        out.append(i == 0 ? "" : ",").append("{\"text\":\"").append(turn.words().get(i)).append("\",\"start\":")
            .append(turn.starts()[i]).append(",\"end\":").append(turn.ends()[i]).append(",\"confidence\":")
            .append(turn.confidences()[i]).append(",\"speaker\":\"").append(speaker).append("\"}");
      }
      out.append("]}");
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Deepgram: one channel, one alternative, words with integer speakers and punctuated forms. */
  byte[] deepgram() {
    StringBuilder out = new StringBuilder("{\"metadata\":{\"request_id\":\"bench\",\"channels\":1},\"results\":"
        + "{\"channels\":[{\"alternatives\":[{\"transcript\":\"\",\"confidence\":0.9,\"words\":[");
    boolean first = true;
    for (Turn turn : turns) {
      for (int i = 0; i < turn.words().size(); i++) {
        String w = turn.words().get(i);
        out.append(first ? "" : ",").append("{\"word\":\"")
            .append(w.toLowerCase(Locale.ROOT).replaceAll("[.?]", "")).append("\",\"start\":")
            .append(seconds(turn.starts()[i])).append(",\"end\":").append(seconds(turn.ends()[i]))
            .append(",\"confidence\":").append(turn.confidences()[i]).append(",\"speaker\":")
            .append(turn.speaker()).append(",\"punctuated_word\":\"").append(w).append("\"}");
        first = false;
      }
    }
    return out.append("]}]}]}}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Rev.ai: monologues of text and punctuation elements. */
  byte[] revAi() {
    StringBuilder out = new StringBuilder("{\"monologues\":[");
    for (int u = 0; u < turns.size(); u++) {
      Turn turn = turns.get(u);
      out.append(u == 0 ? "" : ",").append("{\"speaker\":").append(turn.speaker()).append(",\"elements\":[");
      for (int i = 0; i < turn.words().size(); i++) {
        String w = turn.words().get(i).replaceAll("[.?]", "");
        out.append(i == 0 ? "" : ",{\"type\":\"punct\",\"value\":\" \"},").append("{\"type\":\"text\",\"value\":\"")
            .append(w).append("\",\"ts\":").append(seconds(turn.starts()[i])).append(",\"end_ts\":")
            .append(seconds(turn.ends()[i])).append(",\"confidence\":").append(turn.confidences()[i]).append('}');
      }
      out.append(",{\"type\":\"punct\",\"value\":\".\"}]}");
    }
    return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
