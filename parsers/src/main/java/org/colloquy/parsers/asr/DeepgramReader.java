package org.colloquy.parsers.asr;

import static org.colloquy.parsers.common.JsonInput.NO_TIME;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CleanText;
import org.colloquy.parsers.common.JsonInput;
import org.colloquy.parsers.common.SpeakerRoster;
import org.colloquy.parsers.common.TextPool;
import org.colloquy.parsers.common.WordGrouper;
import org.colloquy.parsers.common.WordTimes;
import org.jspecify.annotations.Nullable;

/** Reads a Deepgram pre-recorded response; see {@link DeepgramJsonFormat}. */
final class DeepgramReader {

  /** One channel's first alternative: its words and, when asked for, its paragraphs. */
  private static final class Channel {
    final List<Word> words = new ArrayList<>();
    final List<@Nullable String> labels = new ArrayList<>();
    final List<SourceLocation> sources = new ArrayList<>();
    final List<Paragraph> paragraphs = new ArrayList<>();
  }

  private record Paragraph(SourceLocation at, @Nullable String label, long start, long end, String text) {}

  private record TopicMention(String name, long startWord, long endWord) {}

  private final JsonInput in;
  private final ReadContext context;
  private final SpeakerRoster roster = new SpeakerRoster();
  private final TextPool pool = new TextPool();
  private final Episode.Builder episode = Episode.builder();
  private final List<Channel> channels = new ArrayList<>();
  private final List<Segment> utterances = new ArrayList<>();
  private final List<TopicMention> topics = new ArrayList<>();
  private int interpolated;

  private DeepgramReader(JsonInput in) {
    this.in = in;
    this.context = in.context();
  }

  static Episode read(JsonInput in) {
    return new DeepgramReader(in).read();
  }

  private Episode read() {
    in.startDocument("a Deepgram response object");
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "metadata" -> metadata();
        case "results" -> results();
        default -> in.skip();
      }
    }
    List<Segment> segments = utterances.isEmpty() ? fromChannels() : utterances;
    addTopics();
    if (interpolated > 0) {
      context.note("interpolated-times", interpolated + " words without times were given times between their"
          + " neighbours (marked as interpolated)");
    }
    return episode.addSpeakers(roster.speakers()).addSegments(segments).build();
  }

  private void metadata() {
    if (!in.expectObject("\"metadata\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "duration" -> {
          long d = in.seconds("the duration");
          if (d != NO_TIME) {
            episode.duration(Duration.ofNanos(d));
          }
        }
        case "request_id", "created" -> {
          String value = in.string();
          if (value != null && !value.isBlank()) {
            episode.metadata("deepgram." + name, value);
          }
        }
        default -> in.skip();
      }
    }
  }

  private void results() {
    if (!in.expectObject("\"results\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "channels" -> {
          if (in.expectArray("\"channels\"")) {
            while (in.nextElement()) {
              Channel channel = new Channel();
              channels.add(channel);
              if (in.expectObject("a channel")) {
                channel(channel);
              }
            }
          }
        }
        case "utterances" -> utterances();
        case "topics" -> topicSegments();
        default -> in.skip();
      }
    }
  }

  private void channel(Channel channel) {
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("alternatives") && in.expectArray("\"alternatives\"")) {
        boolean first = true;
        while (in.nextElement()) {
          if (first && in.expectObject("an alternative")) {
            alternative(channel);
          } else {
            // Later alternatives are other guesses at the same speech.
            in.skip();
          }
          first = false;
        }
      } else if (name.equals("detected_language")) {
        String code = in.string();
        if (code != null) {
          AsrText.language(code).ifPresent(episode::language);
        }
      } else {
        in.skip();
      }
    }
  }

  private void alternative(Channel channel) {
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "words" -> words(channel.words, channel.labels, channel.sources);
        case "paragraphs" -> paragraphs(channel);
        case "topics" -> alternativeTopics();
        case "languages" -> {
          if (in.expectArray("\"languages\"") && in.nextElement()) {
            String code = in.string();
            if (code != null) {
              AsrText.language(code).ifPresent(episode::language);
            }
            in.skip();
            while (in.nextElement()) {
              in.skip();
            }
          }
        }
        default -> in.skip();
      }
    }
  }

  private void words(List<Word> into, @Nullable List<@Nullable String> labels, @Nullable List<SourceLocation> at) {
    // One call per word rather than one loop over them all, which the JIT would compile only on the stack.
    in.eachObject("\"words\"", "a word", () -> word(into, labels, at));
  }

  private void word(List<Word> into, @Nullable List<@Nullable String> labels, @Nullable List<SourceLocation> at) {
    SourceLocation where = at == null ? null : in.here();
    String plain = null;
    String punctuated = null;
    String label = null;
    long start = NO_TIME;
    long end = NO_TIME;
    double confidence = Double.NaN;
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "word" -> plain = in.cleanText(pool);
        case "punctuated_word" -> punctuated = in.cleanText(pool);
        case "start" -> start = in.seconds("a word's start");
        case "end" -> end = in.seconds("a word's end");
        case "confidence" -> confidence = in.confidence("a word's confidence");
        case "speaker" -> label = in.sharedString(pool);
        default -> in.skip();
      }
    }
    // Cleaned and shared as they were read.
    String text = punctuated != null && !punctuated.isEmpty() ? punctuated : plain == null ? "" : plain;
    if (text.isEmpty()) {
      context.note("empty-word", "a word with no text was left out", in.line(), in.column());
      return;
    }
    into.add(WordTimes.word(text, start, end, confidence));
    if (labels != null) {
      labels.add(label);
    }
    if (at != null) {
      at.add(where);
    }
  }

  private void paragraphs(Channel channel) {
    if (!in.expectObject("\"paragraphs\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("paragraphs")) {
        in.eachObject("\"paragraphs\"", "a paragraph", () -> paragraph(channel));
      } else {
        in.skip();
      }
    }
  }

  private void paragraph(Channel channel) {
    SourceLocation at = in.here();
    String label = null;
    long start = NO_TIME;
    long end = NO_TIME;
    StringBuilder text = new StringBuilder();
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "speaker" -> label = in.string();
        case "start" -> start = in.seconds("a paragraph's start");
        case "end" -> end = in.seconds("a paragraph's end");
        case "sentences" -> {
          if (in.expectArray("\"sentences\"")) {
            while (in.nextElement()) {
              if (!in.expectObject("a sentence")) {
                continue;
              }
              for (String field; (field = in.nextProperty()) != null; ) {
                String sentence = field.equals("text") ? in.string() : null;
                if (sentence == null) {
                  in.skip();
                } else {
                  text.append(' ').append(sentence);
                }
              }
            }
          }
        }
        default -> in.skip();
      }
    }
    channel.paragraphs.add(new Paragraph(at, label, start, end, CleanText.of(text)));
  }

  private void utterances() {
    if (!in.expectArray("\"utterances\"")) {
      return;
    }
    while (in.nextElement()) {
      if (!in.expectObject("an utterance")) {
        continue;
      }
      SourceLocation at = in.here();
      String text = null;
      String label = null;
      String channel = null;
      long start = NO_TIME;
      long end = NO_TIME;
      List<Word> words = new ArrayList<>();
      for (String name; (name = in.nextProperty()) != null; ) {
        switch (name) {
          case "speaker" -> label = in.string();
          case "channel" -> channel = in.string();
          case "start" -> start = in.seconds("an utterance's start");
          case "end" -> end = in.seconds("an utterance's end");
          case "transcript" -> text = in.string();
          case "words" -> words(words, null, null);
          default -> in.skip();
        }
      }
      interpolated += WordTimes.interpolate(words, start, end);
      String clean = text == null || text.isBlank() ? AsrText.join(words) : CleanText.of(text);
      if (clean.isEmpty()) {
        context.note("empty-segment", "an utterance with no text was left out", at.line(), at.column());
        continue;
      }
      Speaker speaker = roster.labelOrNull(label != null ? label : channel == null ? null : "ch_" + channel);
      utterances.add(AsrSegments.build(context, at, speaker, start, end, clean, words));
    }
  }

  private List<Segment> fromChannels() {
    List<Segment> all = new ArrayList<>();
    boolean several = channels.size() > 1;
    for (int c = 0; c < channels.size(); c++) {
      Channel channel = channels.get(c);
      interpolated += WordTimes.interpolate(channel.words, WordTimes.NONE, WordTimes.NONE);
      String channelLabel = several ? "ch_" + c : null;
      if (!channel.paragraphs.isEmpty()) {
        all.addAll(fromParagraphs(channel, channelLabel));
      } else {
        WordGrouper grouper = new WordGrouper();
        for (int i = 0; i < channel.words.size(); i++) {
          String label = channel.labels.get(i);
          grouper.add(channel.words.get(i), roster.labelOrNull(label != null ? label : channelLabel),
              channel.sources.get(i));
        }
        grouper.flush();
        all.addAll(grouper.segments());
      }
    }
    if (several) {
      all.sort(Comparator.comparing((Segment s) -> s.start().orElse(Duration.ZERO)));
    }
    return all;
  }

  // Paragraphs partition the channel's words in order; each takes the words that start before it ends.
  private List<Segment> fromParagraphs(Channel channel, @Nullable String channelLabel) {
    List<Segment> out = new ArrayList<>();
    int w = 0;
    List<Paragraph> paragraphs = channel.paragraphs;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      List<Word> words = new ArrayList<>();
      boolean last = p == paragraphs.size() - 1;
      while (w < channel.words.size()) {
        Word word = channel.words.get(w);
        long start = word.start().map(Duration::toNanos).orElse(NO_TIME);
        if (!last && para.end() != NO_TIME && start != NO_TIME && start >= para.end()) {
          break;
        }
        words.add(word);
        w++;
      }
      String text = para.text().isEmpty() ? AsrText.join(words) : para.text();
      if (text.isEmpty()) {
        continue;
      }
      String label = para.label() != null ? para.label() : channelLabel;
      out.add(AsrSegments.build(context, para.at(), roster.labelOrNull(label), para.start(), para.end(), text,
          words));
    }
    return out;
  }

  // results.topics.segments[{text, start_word, end_word, topics[{topic, confidence_score}]}].
  private void topicSegments() {
    if (!in.expectObject("\"topics\"")) {
      return;
    }
    for (String name; (name = in.nextProperty()) != null; ) {
      if (name.equals("segments")) {
        in.eachObject("\"segments\"", "a topic segment", this::topicSegment);
      } else {
        in.skip();
      }
    }
  }

  // The older shape: alternatives[].topics[{topics[{topic, confidence}], start_word, end_word}].
  private void alternativeTopics() {
    in.eachObject("\"topics\"", "a topic segment", this::topicSegment);
  }

  private void topicSegment() {
    long startWord = -1;
    long endWord = -1;
    List<String> names = new ArrayList<>();
    for (String name; (name = in.nextProperty()) != null; ) {
      switch (name) {
        case "start_word" -> startWord = in.integer(-1);
        case "end_word" -> endWord = in.integer(-1);
        case "topics" -> {
          if (in.expectArray("\"topics\"")) {
            while (in.nextElement()) {
              if (!in.expectObject("a topic")) {
                continue;
              }
              for (String field; (field = in.nextProperty()) != null; ) {
                String topic = field.equals("topic") ? in.string() : null;
                if (topic == null) {
                  in.skip();
                } else if (!topic.isBlank()) {
                  names.add(CleanText.of(topic));
                }
              }
            }
          }
        }
        default -> in.skip();
      }
    }
    for (String n : names) {
      topics.add(new TopicMention(n, startWord, endWord));
    }
  }

  private void addTopics() {
    if (topics.isEmpty()) {
      return;
    }
    List<Word> words = channels.isEmpty() ? List.of() : channels.get(0).words;
    Map<String, List<TimeSpan>> spans = new LinkedHashMap<>();
    for (TopicMention t : topics) {
      List<TimeSpan> list = spans.computeIfAbsent(t.name(), k -> new ArrayList<>());
      spanOf(words, t).ifPresent(s -> {
        if (!list.contains(s)) {
          list.add(s);
        }
      });
    }
    spans.forEach((name, list) -> episode.addTopic(new Topic(name, Optional.empty(), list, List.of(), Map.of())));
  }

  private static Optional<TimeSpan> spanOf(List<Word> words, TopicMention t) {
    if (t.startWord() < 0 || t.startWord() >= words.size()) {
      return Optional.empty();
    }
    Optional<Duration> start = words.get((int) t.startWord()).start();
    long endIndex = Math.min(Math.max(t.endWord(), t.startWord()), words.size() - 1);
    Word last = words.get((int) endIndex);
    Optional<Duration> end = last.end().or(last::start);
    return start.map(s -> end.filter(e -> e.compareTo(s) >= 0).map(e -> TimeSpan.of(s, e))
        .orElse(TimeSpan.from(s)));
  }
}
