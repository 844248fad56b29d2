package org.colloquy.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;

/**
 * Generated inputs of realistic shape and chosen size, deterministic for a seed, so benchmark figures compare
 * across runs and machines. Nothing here is copied from a real file; the shapes follow each format's documentation
 * and the layout of the project's seed transcript.
 */
final class Inputs {

  private Inputs() {}

  /** Plain words; a sentence ends every few of them. */
  private static final String[] WORDS = (
      "the of and to a in that is was he for it with as his on be at by i this had not are but from or have an"
          + " they which one you were her all she there would their we him been has when who will more no if out"
          + " so said what up its about into than them can only other new some could time these two may then do"
          + " first any my now such like our over man me even most made after also did many before must through"
          + " back years where much your way well down should because each just those people how too little state"
          + " good very make world still own see men work long get here between both life being under never day"
          + " same another know while last might us great old year off come since against go came right used take"
          + " three learning network neural model intelligence machine vision data training supervised prediction"
          + " representation gradient backprop convolutional reasoning planning memory objective function energy")
      .split(" ");

  /** Words with the ligatures PDF extraction loses, and how the seed's extraction damaged them. */
  private static final String[][] DAMAGED = {
    {"artificial", "arEficial"}, {"question", "quesEon"}, {"time", "Eme"}, {"software", "soLware"},
    {"left", "leL"}, {"pretty", "prehy"}, {"better", "beher"}, {"hitting", "hiing"}, {"getting", "geing"},
    {"platform", "platorm"}, {"applications", "applicaEons"}, {"attention", "ahenEon"}, {"after", "aLer"},
    {"essentially", "essenEally"}, {"conversation", "conversaEon"}, {"fascinating", "fascinaEng"},
  };

  private static final String[] SPEAKERS = {"CRAIG", "YANN"};
  private static final String[] NAMES = {"Craig Smith", "Yann LeCun", "Lex Fridman", "Ada Lovelace"};

  /**
   * A transcript in the seed's PDF-extracted layout: {@code NAME:<TAB> MM:SS<TAB> words<TAB>…}, lines wrapped
   * with a trailing tab, blank lines between paragraphs, page breaks, music interludes, inserted reference URLs,
   * and document-wide ligature damage.
   */
  static byte[] damagedTranscript(int targetBytes, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(targetBytes + 4096);
    out.append('\n').append("DAISY\tTHE\tGREAT\t 00:00\t Built\tmy\thouse\ton\thollow\tground\t\n\n");
    long seconds = 7;
    int turn = 0;
    while (out.length() < targetBytes) {
      String speaker = SPEAKERS[turn++ % SPEAKERS.length];
      out.append(turn % 7 == 0 ? " " : "").append(speaker).append(":\t ").append(clock(seconds)).append("\t ");
      int words = 8 + random.nextInt(160);
      int column = 0;
      for (int i = 0; i < words; i++) {
        String word = random.nextInt(12) == 0
            ? DAMAGED[random.nextInt(DAMAGED.length)][1]
            : WORDS[random.nextInt(WORDS.length)];
        if (i == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        out.append(word).append(random.nextInt(9) == 0 ? ".\t" : "\t");
        column += word.length() + 1;
        if (column > 64 && i + 1 < words) {
          out.append('\n');
          column = 0;
        }
      }
      out.append("\n\n");
      if (random.nextInt(40) == 0) {
        out.append("https://example.org/paper/").append(turn).append("\n\n");
      }
      if (random.nextInt(60) == 0) {
        out.append("\n\n\n\n");
      }
      if (random.nextInt(200) == 0) {
        out.append("MUSIC INTERLUDE\n\n");
      }
      seconds += 2 + words / 3;
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code MM:SS} under an hour, {@code H:MM:SS} beyond, as transcripts write them. */
  private static String clock(long seconds) {
    return seconds < 3600
        ? String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  /** A sentence of 6 to 14 words. */
  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 6 + random.nextInt(9);
    for (int i = 0; i < n; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
    }
    return s.append('.').toString();
  }

  /** An SRT file of {@code cues} numbered cues, each with a {@code Name:} speaker prefix. */
  static byte[] srt(int cues, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(cues * 100);
    long millis = 0;
    for (int i = 1; i <= cues; i++) {
      long end = millis + 1500 + random.nextInt(3000);
      out.append(i).append('\n').append(srtTime(millis)).append(" --> ").append(srtTime(end)).append('\n')
          .append(NAMES[random.nextInt(2)]).append(": ").append(sentence(random)).append("\n\n");
      millis = end + random.nextInt(400);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A WebVTT file of {@code cues} cues, each with a {@code <v Name>} voice span. */
  static byte[] vtt(int cues, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(cues * 100).append("WEBVTT\n\n");
    long millis = 0;
    for (int i = 1; i <= cues; i++) {
      long end = millis + 1500 + random.nextInt(3000);
      out.append(vttTime(millis)).append(" --> ").append(vttTime(end)).append('\n')
          .append("<v ").append(NAMES[random.nextInt(2)]).append('>').append(sentence(random)).append("\n\n");
      millis = end + random.nextInt(400);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String srtTime(long ms) {
    return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
        ms % 1000);
  }

  private static String vttTime(long ms) {
    return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
        ms % 1000);
  }

  /**
   * A word-level WhisperX JSON: {@code segments[{start,end,text,speaker,words[{word,start,end,score,speaker}]}]},
   * with a few words (numbers) that carry no times, as WhisperX leaves them.
   */
  static byte[] whisperX(int targetBytes, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(targetBytes + 4096).append("{\"segments\": [");
    double t = 0;
    boolean first = true;
    while (out.length() < targetBytes) {
      String speaker = "SPEAKER_0" + random.nextInt(2);
      int n = 6 + random.nextInt(20);
      StringBuilder text = new StringBuilder();
      StringBuilder words = new StringBuilder();
      double start = t;
      for (int i = 0; i < n; i++) {
        boolean untimed = random.nextInt(40) == 0;
        String w = untimed ? String.valueOf(random.nextInt(2000)) : WORDS[random.nextInt(WORDS.length)];
        double ws = t;
        double we = t + 0.12 + random.nextInt(400) / 1000.0;
        t = we + random.nextInt(80) / 1000.0;
        text.append(' ').append(w);
        words.append(i == 0 ? "" : ", ").append("{\"word\": \"").append(w).append('"');
        if (!untimed) {
          words.append(String.format(Locale.ROOT, ", \"start\": %.3f, \"end\": %.3f, \"score\": %.3f", ws, we,
              0.5 + random.nextInt(500) / 1000.0));
        }
        words.append(", \"speaker\": \"").append(speaker).append("\"}");
      }
      out.append(first ? "" : ", ").append(String.format(Locale.ROOT,
          "{\"start\": %.3f, \"end\": %.3f, \"text\": \"%s\", \"words\": [%s], \"speaker\": \"%s\"}",
          start, t, text, words, speaker));
      first = false;
      t += random.nextInt(900) / 1000.0;
    }
    return out.append("], \"language\": \"en\"}").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An AWS Transcribe JSON: times and confidences as strings, punctuation items without times, speaker labels.
   */
  static byte[] awsTranscribe(int targetBytes, long seed) {
    Random random = new Random(seed);
    StringBuilder items = new StringBuilder(targetBytes + 4096);
    StringBuilder labels = new StringBuilder();
    double t = 0;
    int count = 0;
    while (items.length() + labels.length() < targetBytes) {
      String speaker = "spk_" + random.nextInt(2);
      double segmentStart = t;
      int n = 6 + random.nextInt(20);
      StringBuilder labelled = new StringBuilder();
      for (int i = 0; i < n; i++) {
        double ws = t;
        double we = t + 0.12 + random.nextInt(400) / 1000.0;
        t = we + random.nextInt(80) / 1000.0;
        labelled.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
            "{\"start_time\":\"%.3f\",\"speaker_label\":\"%s\",\"end_time\":\"%.3f\"}", ws, speaker, we));
        items.append(count++ == 0 ? "" : ",").append(String.format(Locale.ROOT,
            "{\"start_time\":\"%.3f\",\"end_time\":\"%.3f\",\"alternatives\":[{\"confidence\":\"%.4f\","
                + "\"content\":\"%s\"}],\"type\":\"pronunciation\"}",
            ws, we, 0.5 + random.nextInt(5000) / 10000.0, WORDS[random.nextInt(WORDS.length)]));
        if (i + 1 == n || random.nextInt(10) == 0) {
          items.append(",{\"alternatives\":[{\"confidence\":\"0.0\",\"content\":\".\"}],\"type\":\"punctuation\"}");
        }
      }
      labels.append(labels.length() == 0 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"start_time\":\"%.3f\",\"speaker_label\":\"%s\",\"end_time\":\"%.3f\",\"items\":[%s]}",
          segmentStart, speaker, t, labelled));
    }
    return ("{\"jobName\":\"benchmark\",\"accountId\":\"000000000000\",\"results\":{\"transcripts\":"
        + "[{\"transcript\":\"(omitted)\"}],\"speaker_labels\":{\"speakers\":2,\"segments\":[" + labels
        + "]},\"items\":[" + items + "]},\"status\":\"COMPLETED\"}").getBytes(StandardCharsets.UTF_8);
  }
}
