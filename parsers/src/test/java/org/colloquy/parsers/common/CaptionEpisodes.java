package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/** Generated episodes for caption round trips, and the check that a read-back episode kept what matters. */
public final class CaptionEpisodes {

  private static final List<Speaker> SPEAKERS = List.of(Speaker.of("Alice"), Speaker.of("Bob Stone"),
      Speaker.of("SPEAKER_00"), Speaker.of("Dr. Chen"), Speaker.of("O'Neil"), Speaker.of("Zoë"));

  private CaptionEpisodes() {}

  private static Arbitrary<String> word(boolean markupCharacters) {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
        .withChars('\'', ',', '.', '?', '!', 'é', '5').ofMinLength(1).ofMaxLength(14);
    List<String> tricky = new ArrayList<>(List.of("Note:", "Alice:", "[laughs]", "-", ">>", "...", "--", "x:"));
    if (markupCharacters) {
      tricky.addAll(List.of("&", "&amp;", "<b>", "a<b", "1>0", "-->"));
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, plain), net.jqwik.api.Tuple.of(1, Arbitraries.of(tricky)));
  }

  /** Episodes of 1–10 timed speech segments, each with a speaker unless {@code allowNobody} lets it have none. */
  public static Arbitrary<Episode> episodes(boolean markupCharacters, boolean allowNobody) {
    Arbitrary<String> text = word(markupCharacters).list().ofMinSize(1).ofMaxSize(60)
        .map(words -> String.join(" ", words));
    Arbitrary<Integer> speaker = Arbitraries.integers().between(allowNobody ? -1 : 0, SPEAKERS.size() - 1);
    Arbitrary<int[]> timing = Combinators.combine(Arbitraries.integers().between(0, 3000),
        Arbitraries.integers().between(300, 30000)).as((gap, length) -> new int[] {gap, length});
    Arbitrary<Object[]> segment = Combinators.combine(text, speaker, timing).as((t, s, m) -> new Object[] {t, s, m});
    return segment.list().ofMinSize(1).ofMaxSize(10).map(parts -> {
      Episode.Builder episode = Episode.builder();
      List<Speaker> used = new ArrayList<>();
      long at = 0;
      for (Object[] part : parts) {
        int[] m = (int[]) part[2];
        int who = (Integer) part[1];
        Speaker s = who < 0 ? null : SPEAKERS.get(who);
        if (s != null && !used.contains(s)) {
          used.add(s);
        }
        at += m[0];
        episode.addSegment(Segment.builder().speaker(s).start(Duration.ofMillis(at))
            .end(Duration.ofMillis(at + m[1])).text((String) part[0]).build());
        at += m[1];
      }
      return episode.addSpeakers(used).build();
    });
  }

  /** {@code again} has the words of {@code original} in order, its segment times and its speakers. */
  public static void assertKept(Episode original, Episode again) {
    assertThat(words(again)).isEqualTo(words(original));
    List<Long> starts = again.segments().stream().map(s -> s.start().orElseThrow().toMillis()).toList();
    List<Long> ends = again.segments().stream().map(s -> s.end().orElseThrow().toMillis()).toList();
    for (Segment s : original.segments()) {
      assertThat(starts).contains(s.start().orElseThrow().toMillis());
      assertThat(ends).contains(s.end().orElseThrow().toMillis());
    }
    for (Segment cue : again.segments()) {
      long t = cue.start().orElseThrow().toMillis();
      Segment source = original.segments().stream()
          .filter(s -> s.start().orElseThrow().toMillis() <= t && t < s.end().orElseThrow().toMillis())
          .findFirst().orElseThrow();
      assertThat(cue.speaker().map(Speaker::id)).as("speaker of %s", cue)
          .isEqualTo(source.speaker().map(Speaker::id));
    }
  }

  private static List<String> words(Episode episode) {
    List<String> words = new ArrayList<>();
    for (Segment s : episode.segments()) {
      words.addAll(Arrays.asList(s.text().split(" ")));
    }
    return words;
  }
}
