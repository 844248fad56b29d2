package org.colloquy.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.junit.jupiter.api.Test;

class LabeledTextWriterTest {

  private static final List<String> SPEAKERS = List.of("ALICE", "Bob", "Dr Chen", "SPEAKER_01");
  private static final List<String> WORDS = List.of("the", "model", "learns", "a", "representation", "of",
      "images", "and", "text", "quickly", "but", "not", "always", "well", "yes", "no", "why", "so");

  record Turn(int speaker, int gapSeconds, List<String> words) {}

  @Provide
  Arbitrary<List<Turn>> turns() {
    Arbitrary<Turn> turn = Combinators.combine(
        Arbitraries.integers().between(0, SPEAKERS.size() - 1),
        Arbitraries.integers().between(0, 4000),
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(30)).as(Turn::new);
    return turn.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 200)
  void speakersTimesAndTextSurviveAWriteAndARead(@ForAll("turns") List<Turn> turns) {
    Episode.Builder b = Episode.builder();
    long millis = 0;
    List<Speaker> speakers = SPEAKERS.stream().map(Speaker::of).toList();
    boolean[] used = new boolean[speakers.size()];
    for (Turn t : turns) {
      used[t.speaker()] = true;
    }
    for (int i = 0; i < speakers.size(); i++) {
      if (used[i]) {
        b.addSpeaker(speakers.get(i));
      }
    }
    for (Turn t : turns) {
      millis += t.gapSeconds() * 1000L + 250;
      b.addSegment(Segment.speech(speakers.get(t.speaker()), Duration.ofMillis(millis), String.join(" ", t.words())));
    }
    Episode original = b.build();
    String written = Fixtures.REGISTRY.write(original, LabeledTextFormat.NAME, WriteOptions.defaults());
    Episode read = Fixtures.read(written);

    assertThat(read.segments()).hasSize(original.segments().size());
    for (int i = 0; i < original.segments().size(); i++) {
      Segment before = original.segments().get(i);
      Segment after = read.segments().get(i);
      assertThat(after.speaker().map(Speaker::id)).isEqualTo(before.speaker().map(Speaker::id));
      assertThat(after.start()).contains(Duration.ofSeconds(before.start().orElseThrow().getSeconds()));
      assertThat(after.text()).isEqualTo(before.text());
    }
  }

  @Test
  void writesTheBracketedClockLayout() {
    Speaker yann = Speaker.of("YANN");
    Episode ep = Episode.builder().addSpeaker(yann)
        .addSegment(Segment.builder().kind(Segment.Kind.MUSIC).start(Duration.ZERO).text("MUSIC INTERLUDE").build())
        .addSegment(Segment.builder().speaker(yann).start(Duration.ofSeconds(3723)).text("Hello.")
            .addReference(Reference.url("https://example.org/a")).build())
        .addSegment(Segment.builder().kind(Segment.Kind.MUSIC).text("Built my house").build())
        .build();
    assertThat(Fixtures.REGISTRY.write(ep, LabeledTextFormat.NAME, WriteOptions.defaults())).isEqualTo(
        "[00:00:00] [MUSIC INTERLUDE]\n\n[01:02:03] YANN: Hello.\nhttps://example.org/a\n\n[MUSIC: Built my house]\n");
  }

  @Test
  void theSeedSurvivesAWriteAndARead() {
    Episode seed = Fixtures.readResource(Fixtures.SEED);
    String written = Fixtures.REGISTRY.write(seed, LabeledTextFormat.NAME, WriteOptions.defaults());
    Episode again = Fixtures.read(written);
    assertThat(again.segments()).extracting(Segment::text)
        .containsExactlyElementsOf(seed.segments().stream().map(Segment::text).toList());
    assertThat(again.segments()).extracting(Segment::kind)
        .containsExactlyElementsOf(seed.segments().stream().map(Segment::kind).toList());
    assertThat(again.segments()).extracting(Segment::references)
        .containsExactlyElementsOf(seed.segments().stream().map(Segment::references).toList());
    assertThat(again.segments().by("yann")).hasSize(87);
  }
}
