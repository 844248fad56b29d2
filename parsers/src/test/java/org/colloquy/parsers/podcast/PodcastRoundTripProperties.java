package org.colloquy.parsers.podcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;
import org.colloquy.parsers.JsonFixtures;

/** What the Podcasting 2.0 writers write reads back to the same speakers, times and text. */
class PodcastRoundTripProperties {

  private static final List<String> NAMES = List.of("Maya Lindqvist", "Tomas Ek", "Zoë “Z” O'Neil", "李雷");

  private record Line(int speaker, long startMillis, long lengthMillis, String text) {}

  @Provide
  Arbitrary<List<Line>> transcripts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z')
        .withChars('\u00e9', '\u00df', '"', '\\', '\u2014').ofMinLength(1).ofMaxLength(8), Arbitraries.just("\uD83D\uDE00"));
    Arbitrary<String> text = word.list().ofMinSize(2).ofMaxSize(12).map(w -> String.join(" ", w));
    return Combinators.combine(Arbitraries.integers().between(0, NAMES.size() - 1),
        Arbitraries.longs().between(0, 5_000), Arbitraries.longs().between(1, 9_999), text)
        .as(Line::new).list().ofMinSize(1).ofMaxSize(25);
  }

  private static Episode episode(List<Line> lines) {
    Episode.Builder b = Episode.builder();
    List<Speaker> speakers = new ArrayList<>();
    long at = 0;
    for (Line l : lines) {
      at += l.startMillis();
      Speaker s = Speaker.of(NAMES.get(l.speaker()));
      if (!speakers.contains(s)) {
        speakers.add(s);
      }
      b.addSegment(Segment.builder().speaker(s).start(Duration.ofMillis(at))
          .end(Duration.ofMillis(at).plusNanos(l.lengthMillis() * 1_000_001)).text(l.text()).build());
    }
    return b.addSpeakers(speakers).build();
  }

  private static String summary(Episode ep) {
    StringBuilder out = new StringBuilder();
    for (Segment s : ep.segments()) {
      out.append(s.speaker().map(Speaker::id).orElse("-")).append('|').append(s.start().orElseThrow())
          .append('|').append(s.end().orElseThrow()).append('|').append(s.text()).append('\n');
    }
    return out.toString();
  }

  @Property(tries = 200)
  void podcastJsonReadsBackWhatItWrites(@ForAll("transcripts") List<Line> lines) {
    Episode original = episode(lines);
    String json = JsonFixtures.registry().write(original, "podcast-json", WriteOptions.defaults());
    Episode back = JsonFixtures.registry().parse(json, "rt.json", "podcast-json", ReadOptions.strictDefaults());
    assertThat(summary(back)).isEqualTo(summary(original));
    assertThat(back.speakers()).isEqualTo(original.speakers());
  }

  @Provide
  Arbitrary<List<Topic>> chapterLists() {
    Arbitrary<String> title = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00e9', '\u2014')
        .ofMinLength(1).ofMaxLength(30).map(String::strip).filter(s -> !s.isEmpty() && !s.contains("  "));
    Arbitrary<Optional<String>> url = Arbitraries.of("https://example.org/a", "https://example.org/b?x=1&y=2")
        .optional();
    Arbitrary<Optional<Boolean>> toc = Arbitraries.of(true, false).optional();
    return Combinators.combine(title, Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.longs().between(0, 10_000_000_000L).optional(), url, toc)
        .as((t, start, length, u, c) -> {
          java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
          u.ifPresent(v -> attributes.put("url", v));
          c.ifPresent(v -> attributes.put("toc", v.toString()));
          Duration s = Duration.ofNanos(start);
          TimeSpan span = length.map(l -> TimeSpan.of(s, s.plusNanos(l))).orElse(TimeSpan.from(s));
          return new Topic(t, Optional.empty(), List.of(span), List.of(), attributes);
        }).list().ofMaxSize(15);
  }

  @Property(tries = 200)
  void podcastChaptersReadBackWhatTheyWrite(@ForAll("chapterLists") List<Topic> topics) {
    Episode.Builder b = Episode.builder().title("Forecasts Are Bets").show("Signal and Noise");
    topics.forEach(b::addTopic);
    Episode original = b.build();
    String json = JsonFixtures.registry().write(original, "podcast-chapters", WriteOptions.defaults());
    Episode back = JsonFixtures.registry().parse(json, "rt.json", "podcast-chapters", ReadOptions.strictDefaults());
    assertThat(back.topics()).isEqualTo(original.topics());
    assertThat(back.title()).isEqualTo(original.title());
    assertThat(back.show()).isEqualTo(original.show());
  }
}
