package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.WordGrouper;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads an Amazon Transcribe batch job's output; see {@link AwsTranscribeJsonFormat}. */
final class AwsTranscribeReader {

  /** How many words an AWS segment needs before a sentence end closes it. */
  static final int AWS_SENTENCE_WORDS = 16;

  /**
   * The items of one list (the job's, or one channel's), kept compact until speakers can be settled: each word's
   * text, times, confidence and place in arrays, so that a location is made only for a word that starts a segment
   * and a word object only when its segment is made. Two million words held as objects until the end of the file
   * kept the collector copying them.
   */
  private static final class Items {
    int size;
    String[] texts = new String[1024];
    /** The word's own start and end in nanoseconds ({@code NO_TIME} when absent), and its line and column. */
    long[] starts = new long[1024];
    long[] ends = new long[1024];
    double[] confidences = new double[1024];
    int[] lines = new int[1024];
    int[] columns = new int[1024];
    final List<@Nullable String> labels = new ArrayList<>();
    int untimed;
    /** A punctuation mark met before any word, put in front of the next one. */
    String leading = "";
    /** The words, once interpolation has needed them as objects; null before. */
    @Nullable List<Word> words;

    void add(String text, long start, long end, double confidence, @Nullable String label, int line,
        int column) {
      int n = size;
      if (n == starts.length) {
        texts = Arrays.copyOf(texts, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        confidences = Arrays.copyOf(confidences, n * 2);
        lines = Arrays.copyOf(lines, n * 2);
        columns = Arrays.copyOf(columns, n * 2);
      }
      texts[n] = text;
      // The times the word keeps: WordTimes.word drops an end before the start, and any end without a start.
      starts[n] = start;
      ends[n] = start != NO_TIME && end != NO_TIME && end >= start ? end : NO_TIME;
      confidences[n] = confidence;
      lines[n] = line;
      columns[n] = column;
      if (start == NO_TIME) {
        untimed++;
      }
      labels.add(label);
      size++;
    }

    /** Attaches a punctuation mark to the last word's text. */
    void attach(String suffix) {
      texts[size - 1] = texts[size - 1] + suffix;
    }

    Word word(int i) {
      List<Word> made = words;
      return made != null ? made.get(i) : WordTimes.word(texts[i], starts[i], ends[i], confidences[i]);
    }

    /** Gives untimed words times between their neighbours; returns how many. */
    int interpolate() {
      List<Word> made = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        made.add(word(i));
      }
      int done = WordTimes.interpolate(made, WordTimes.NONE, WordTimes.NONE);
      for (int i = 0; i < size; i++) {
        if (starts[i] == NO_TIME) {
          Word w = made.get(i);
          starts[i] = w.start().map(Duration::toNanos).orElse(NO_TIME);
          ends[i] = w.end().map(Duration::toNanos).orElse(NO_TIME);
        }
      }
      words = made;
      return done;
    }
  }

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final Episode.Builder episode = Episode.builder();
  private final Items items = new Items();
  private final Items channelItems = new Items();
  /** speaker_labels.segments as parallel arrays of start, end (nanoseconds) and label. */
  private long[] turnStarts = new long[16];
  private long[] turnEnds = new long[16];
  private final List<String> turnLabels = new ArrayList<>();
  /** Whether the turns' starts never go down, as AWS writes them, so that the last turn found is a good guess. */
  private boolean turnsSorted;
  private int lastTurn;
  private @Nullable String transcript;
  private @Nullable SourceLocation transcriptAt;
  private int interpolated;

  private AwsTranscribeReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new AwsTranscribeReader(in).read();
  }

  private Episode read() {
    in.startDocument("an Amazon Transcribe output object");
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "results" -> results();
        case "jobName", "accountId", "status" -> {
          String value = in.string();
          if (value != null && !value.isBlank()) {
            episode.metadata("aws." + name, value);
          }
        }
        default -> in.skip();
      }
    }
    Items chosen = items.size == 0 ? channelItems : items;
    if (chosen == channelItems && channelItems.size > 0) {
      sortByStart(channelItems);
    }
    if (chosen.untimed > 0) {
      interpolated += chosen.interpolate();
    }
    // AWS gives words and punctuation only; its segments are sentences of sixteen words or more, so that a run of
    // short replies does not become a segment each.
    WordGrouper grouper = new WordGrouper(AWS_SENTENCE_WORDS);
    sortedTurns();
    for (int i = 0; i < chosen.size; i++) {
      String label = chosen.labels.get(i);
      if (label == null) {
        label = turnAt(chosen.starts[i]);
      }
      grouper.add(chosen.word(i), chosen.starts[i], chosen.ends[i], roster.labelOrNull(label), context,
          chosen.lines[i], chosen.columns[i]);
    }
    grouper.flush();
    if (grouper.segments().isEmpty() && transcript != null && !CleanText.of(transcript).isEmpty()) {
      context.note("text-only", "the output has no items; its transcript is kept as one untimed segment");
      episode.addSegment(org.colloquy.model.Segment.builder().text(CleanText.of(transcript)).source(transcriptAt)
          .build());
    }
    if (interpolated > 0) {
      context.note("interpolated-times", interpolated + " words without times were given times between their"
          + " neighbours (marked as interpolated)");
    }
    return episode.addSpeakers(roster.speakers()).addSegments(grouper.segments()).build();
  }

  private void results() {
    if (!in.expectObject("\"results\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "transcripts" -> transcripts();
        case "items" -> items(items, null);
        case "speaker_labels" -> speakerLabels();
        case "channel_labels" -> channelLabels();
        case "language_code" -> {
          String code = in.string();
          if (code != null) {
            AsrText.language(code).ifPresent(episode::language);
          }
        }
        default -> in.skip();
      }
    }
  }

  private void transcripts() {
    if (!in.expectArray("\"transcripts\"")) {
      return;
    }
    while (in.nextElement()) {
      if (!in.expectObject("a transcript")) {
        continue;
      }
      for (String name; (name = in.nextProperty()) != null; ) {
        if (name.equals("transcript") && transcript == null) {
          transcriptAt = in.here();
          transcript = in.string();
        } else {
          in.skip();
        }
      }
    }
  }

  // items[{start_time, end_time, alternatives[{confidence, content}], type, speaker_label?, channel_label?}]:
  // times and confidences are strings; punctuation has no times and belongs to the word before it.
  private void items(Items into, @Nullable String channel) {
    // One call per item rather than one loop over them all: the JIT compiles a method called two million times
    // fully, where a loop entered once gets only an on-stack replacement.
    in.eachObject("\"items\"", "an item", () -> item(into, channel));
  }

  /** What an item holds that the reader keeps; a file of millions of words matches names millions of times. */
  private enum ItemKey { TYPE, START_TIME, END_TIME, SPEAKER_LABEL, CHANNEL_LABEL, ALTERNATIVES }

  private static final JsonInput.Keys<ItemKey> ITEM_KEYS = JsonInput.Keys.of(ItemKey.class);

  private enum AlternativeKey { CONTENT, CONFIDENCE }

  private static final JsonInput.Keys<AlternativeKey> ALTERNATIVE_KEYS = JsonInput.Keys.of(AlternativeKey.class);

  private void item(Items into, @Nullable String channel) {
    int line = in.line();
    int column = in.column();
    boolean punctuation = false;
    String content = null;
    String label = null;
    String channelLabel = channel;
    long start = NO_TIME;
    long end = NO_TIME;
    double confidence = Double.NaN;
    for (ItemKey key; (key = in.nextKey(ITEM_KEYS)) != null; ) {
      switch (key) {
        case TYPE -> punctuation = in.textEquals("punctuation");
        case START_TIME -> start = in.seconds("an item's start_time");
        case END_TIME -> end = in.seconds("an item's end_time");
        case SPEAKER_LABEL -> label = in.sharedString(pool);
        case CHANNEL_LABEL -> channelLabel = in.sharedString(pool);
        case ALTERNATIVES -> {
          if (in.expectArray("\"alternatives\"")) {
            boolean first = true;
            while (in.nextElement()) {
              if (first && in.expectObject("an alternative")) {
                for (AlternativeKey field; (field = in.nextKey(ALTERNATIVE_KEYS)) != null; ) {
                  switch (field) {
                    case CONTENT -> content = in.cleanText(pool);
                    case CONFIDENCE -> confidence = in.confidence("an item's confidence");
                  }
                }
              } else {
                in.skip();
              }
              first = false;
            }
          }
        }
      }
    }
    // Cleaned and shared as it was read.
    String text = content == null ? "" : content;
    if (text.isEmpty()) {
      context.note("empty-word", "an item with no content was left out", line, column);
      return;
    }
    if (punctuation && start == NO_TIME) {
      if (into.size == 0) {
        into.leading += text;
      } else {
        into.attach(text);
      }
      return;
    }
    if (!into.leading.isEmpty()) {
      text = pool.share(into.leading + text);
      into.leading = "";
    }
    into.add(text, start, end, confidence, label != null ? label : channelLabel, line, column);
  }

  private void channelLabels() {
    if (!in.expectObject("\"channel_labels\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (!name.equals("channels") || !in.expectArray("\"channels\"")) {
        in.skip();
        continue;
      }
      int index = 0;
      while (in.nextElement()) {
        if (!in.expectObject("a channel")) {
          continue;
        }
        String label = "ch_" + index++;
        for (String field; (field = in.nextProperty()) != null; ) {
          if (field.equals("channel_label")) {
            String given = in.string();
            label = given == null || given.isBlank() ? label : given;
          } else if (field.equals("items")) {
            items(channelItems, label);
          } else {
            in.skip();
          }
        }
      }
    }
  }

  // speaker_labels{speakers, segments[{start_time, end_time, speaker_label, items[...]}]}: older outputs name the
  // speaker only here, so each word takes the turn it starts in.
  private void speakerLabels() {
    if (!in.expectObject("\"speaker_labels\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (!name.equals("segments") || !in.expectArray("\"segments\"")) {
        in.skip();
        continue;
      }
      while (in.nextElement()) {
        if (in.expectObject("a speaker segment")) {
          speakerSegment();
        }
      }
    }
  }

  private enum TurnKey { START_TIME, END_TIME, SPEAKER_LABEL }

  private static final JsonInput.Keys<TurnKey> TURN_KEYS = JsonInput.Keys.of(TurnKey.class);

  private void speakerSegment() {
    long start = NO_TIME;
    long end = NO_TIME;
    String label = null;
    for (TurnKey key; (key = in.nextKey(TURN_KEYS)) != null; ) {
      switch (key) {
        case START_TIME -> start = in.seconds("a speaker segment's start_time");
        case END_TIME -> end = in.seconds("a speaker segment's end_time");
        case SPEAKER_LABEL -> label = in.sharedString(pool);
      }
    }
    if (start != NO_TIME && label != null && !label.isBlank()) {
      addTurn(start, end == NO_TIME || end < start ? start : end, label);
    }
  }

  private void addTurn(long start, long end, String label) {
    int n = turnLabels.size();
    if (n == turnStarts.length) {
      turnStarts = Arrays.copyOf(turnStarts, n * 2);
      turnEnds = Arrays.copyOf(turnEnds, n * 2);
    }
    turnStarts[n] = start;
    turnEnds[n] = end;
    turnLabels.add(label);
  }

  private @Nullable String turnAt(long start) {
    int n = turnLabels.size();
    if (start == NO_TIME || n == 0) {
      return null;
    }
    int found = turnsSorted ? nearTurn(start, n) : -1;
    if (found >= 0) {
      return start <= turnEnds[found] ? turnLabels.get(found) : null;
    }
    return searchTurn(start, n);
  }

  private void sortedTurns() {
    turnsSorted = true;
    for (int i = 1; i < turnLabels.size(); i++) {
      turnsSorted &= turnStarts[i - 1] <= turnStarts[i];
    }
  }

  /**
   * In sorted turns, the last that starts at or before {@code start}, when it is the one found last or the next:
   * words come in order, so the search below is seldom needed. -1 otherwise.
   */
  private int nearTurn(long start, int n) {
    for (int i = lastTurn; i < n && i <= lastTurn + 1; i++) {
      if (turnStarts[i] <= start && (i + 1 == n || turnStarts[i + 1] > start)) {
        lastTurn = i;
        return i;
      }
    }
    return -1;
  }

  private @Nullable String searchTurn(long start, int n) {
    int lo = 0;
    int hi = n - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (turnStarts[mid] <= start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0) {
      lastTurn = found;
    }
    return found >= 0 && start <= turnEnds[found] ? turnLabels.get(found) : null;
  }

  private static void sortByStart(Items items) {
    int n = items.size;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(startOf(items, a), startOf(items, b)));
    List<@Nullable String> labels = new ArrayList<>(n);
    String[] texts = new String[Math.max(1, n)];
    long[] starts = new long[Math.max(1, n)];
    long[] ends = new long[Math.max(1, n)];
    double[] confidences = new double[Math.max(1, n)];
    int[] lines = new int[Math.max(1, n)];
    int[] columns = new int[Math.max(1, n)];
    for (int k = 0; k < n; k++) {
      int i = order[k];
      labels.add(items.labels.get(i));
      texts[k] = items.texts[i];
      starts[k] = items.starts[i];
      ends[k] = items.ends[i];
      confidences[k] = items.confidences[i];
      lines[k] = items.lines[i];
      columns[k] = items.columns[i];
    }
    items.labels.clear();
    items.labels.addAll(labels);
    items.texts = texts;
    items.starts = starts;
    items.ends = ends;
    items.confidences = confidences;
    items.lines = lines;
    items.columns = columns;
  }

  /** When the word starts; words without a time go last. */
  private static long startOf(Items items, int i) {
    return items.starts[i] == NO_TIME ? Long.MAX_VALUE : items.starts[i];
  }
}
