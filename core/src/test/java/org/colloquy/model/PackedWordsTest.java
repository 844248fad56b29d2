package org.colloquy.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.testkit.EpisodeArbitraries;
import org.junit.jupiter.api.Test;

class PackedWordsTest {

  private static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);

  @Property
  void aSegmentGivesBackTheWordsItWasBuiltWith(@ForAll("wordLists") List<Word> words,
      @ForAll("segmentTexts") String text) {
    Segment segment = Segment.builder().text(text).addWords(words).build();

    assertThat(segment.words()).isEqualTo(words);
  }

  @Property
  void wordsThatTileTheTextComeBackFromIt(@ForAll("wordLists") List<Word> words) {
    List<Word> spaceless = new ArrayList<>();
    for (Word w : words) {
      String text = w.text().replace(' ', '_');
      spaceless.add(Word.unpacked(text, w.startNanos(), w.endNanos(), w.rawConfidence(), w.interpolated()));
    }
    String text = spaceless.stream().map(Word::text).collect(Collectors.joining(" "));

    Segment segment = Segment.builder().text(text).addWords(spaceless).build();

    assertThat(segment.words()).isEqualTo(spaceless);
  }

  @Property
  void segmentsWithEqualWordsAreEqualWithEqualHashCodes(@ForAll("wordLists") List<Word> words,
      @ForAll("segmentTexts") String text) {
    List<Word> copies = new ArrayList<>();
    for (Word w : words) {
      copies.add(Word.unpacked(new String(w.text()), w.startNanos(), w.endNanos(), w.rawConfidence(),
          w.interpolated()));
    }

    Segment one = Segment.builder().text(text).addWords(words).build();
    Segment other = Segment.builder().text(new String(text)).addWords(copies).build();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.toBuilder().build()).isEqualTo(one).hasSameHashCodeAs(one);
  }

  @Property
  void segmentsWithDifferentWordsDiffer(@ForAll("wordLists") List<Word> words, @ForAll("wordLists") List<Word> others,
      @ForAll("segmentTexts") String text) {
    Segment one = Segment.builder().text(text).addWords(words).build();
    Segment other = Segment.builder().text(text).addWords(others).build();

    assertThat(one.equals(other)).isEqualTo(words.equals(others));
  }

  @Test
  void wordsSplitFromTheTextKeepNoTextOfTheirOwn() {
    String text = "I'm French, French and American now.";
    List<Word> words = new ArrayList<>();
    long at = 0;
    for (String w : text.split(" ")) {
      words.add(Word.of(w, Duration.ofMillis(at), Duration.ofMillis(at + 241), 0.873));
      at += 317;
    }

    byte[] packed = PackedWords.pack(words, text);

    assertThat(PackedWords.tiled(packed)).isTrue();
    assertThat(PackedWords.decode(packed, text)).isEqualTo(words);
    // Count, flags, units, first time and three widths; then per word 8 bits of step (76 ms, zig-zagged), 8 of
    // duration (241 ms) and 7 of confidence (1000 - 873).
    assertThat(packed).hasSize(7 + (23 * words.size() + 7) / 8);
  }

  @Test
  void wordsThatDoNotTileTheTextKeepTheirOwn() {
    List<Word> words = List.of(Word.of("New York", Duration.ZERO, Duration.ofMillis(500)),
        Word.of("is", Duration.ofMillis(600), Duration.ofMillis(700)), Word.of("big"));

    byte[] packed = PackedWords.pack(words, "New York is big");

    assertThat(PackedWords.tiled(packed)).isFalse();
    assertThat(PackedWords.decode(packed, "New York is big")).isEqualTo(words);
  }

  @Test
  void wordsWithoutTheTextsPunctuationAreFoundInIt() {
    List<Word> words = List.of(Word.of("Hello"), Word.of("world"));

    byte[] packed = PackedWords.pack(words, "Hello, world.");

    assertThat(PackedWords.decode(packed, "Hello, world.")).isEqualTo(words);
    // Count, flags, units and two widths; then per word 3 bits of length and 2 of characters skipped (", ").
    assertThat(packed).hasSize(5 + 2);
  }

  @Property
  void wordsFoundAmongOtherTextComeBackFromIt(@ForAll("wordLists") List<Word> words,
      @ForAll("segmentTexts") String filler) {
    StringBuilder text = new StringBuilder(filler);
    for (Word w : words) {
      text.append(w.text()).append(filler);
    }

    Segment segment = Segment.builder().text(text.toString()).addWords(words).build();

    assertThat(segment.words()).isEqualTo(words);
  }

  @Test
  void wordsWithTextsThatUtf8CannotHoldComeBackUnchanged() {
    List<Word> words = List.of(Word.of("half\uD83D"), Word.of("😀"), Word.of("\uDE00"), Word.of("\uD83D"),
        Word.of("\uDE00"));

    Segment segment = Segment.builder().text("half 😀").addWords(words).build();

    assertThat(segment.words()).isEqualTo(words);
  }

  @Test
  void timesAtTheEndsOfTheRangeComeBackExactly() {
    List<Word> words = List.of(
        Word.of("far", MAX, MAX),
        Word.of("back", Duration.ZERO, MAX),
        Word.of("again", MAX.minusNanos(1), MAX, 1.0),
        Word.of("near", Duration.ofNanos(1), Duration.ofNanos(2), 0.0),
        Word.of("open").at(MAX, Optional.empty()),
        Word.of("guessed").interpolatedAt(Duration.ZERO, Duration.ZERO));

    Segment segment = Segment.builder().text("far back again near open guessed").addWords(words).build();

    assertThat(segment.words()).isEqualTo(words);
  }

  @Test
  void confidencesComeBackBitForBit() {
    List<Word> words = List.of(
        Word.of("a").withConfidence(-0.0),
        Word.of("b").withConfidence(0.0),
        Word.of("c").withConfidence(1.0 / 3),
        Word.of("d").withConfidence(Double.MIN_VALUE),
        Word.of("e").withConfidence(Math.nextDown(1.0)),
        Word.of("f"));

    List<Word> back = Segment.builder().text("a b c d e f").addWords(words).build().words();

    assertThat(back).isEqualTo(words);
    assertThat(Double.doubleToRawLongBits(back.get(0).confidence().getAsDouble()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void aSegmentWithoutWordsHasNone() {
    assertThat(Segment.speech(Speaker.of("YANN"), Duration.ZERO, "Hi").words()).isEmpty();
  }

  @Test
  void theWordsListCannotBeChanged() {
    Segment segment = Segment.builder().text("hi").addWord(Word.of("hi")).build();

    assertThat(segment.words()).isUnmodifiable();
  }

  @Provide
  Arbitrary<List<Word>> wordLists() {
    return Arbitraries.oneOf(word().list().ofMaxSize(12), EpisodeArbitraries.words().list().ofMaxSize(6));
  }

  @Provide
  Arbitrary<String> segmentTexts() {
    return Arbitraries.oneOf(EpisodeArbitraries.text(), Arbitraries.of("a b c", "", "hello world"));
  }

  /** Words whose times are whole milliseconds, microseconds, nanoseconds or seconds, or far out, or absent. */
  private static Arbitrary<Word> word() {
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("New York", "é", "😀", "e\u0301", "don't", "—", " ", "a  b", "\uD83D", "a\uDC00"),
        EpisodeArbitraries.nonBlankText());
    Arbitrary<Long> unit = Arbitraries.of(1L, 1_000L, 1_000_000L, 10_000_000L, 1_000_000_000L);
    Arbitrary<Long> time = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 10_000_000L),
        Arbitraries.longs().between(0, Long.MAX_VALUE / 1_000_000_000L),
        Arbitraries.of(0L, Long.MAX_VALUE / 1_000_000_000L));
    Arbitrary<Double> confidence = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(0, 1000).map(q -> q / 1000.0),
        Arbitraries.integers().between(0, 100).map(q -> q / 100.0),
        Arbitraries.of(Double.NaN, 0.0, -0.0, 1.0, 1.0 / 3));
    return Combinators.combine(text, unit, time, Arbitraries.longs().between(0, 5_000_000L), confidence,
        Arbitraries.integers().between(0, 4))
        .as((t, u, start, length, c, shape) -> {
          long startNanos = Math.min(start * u, Long.MAX_VALUE - 1);
          long endNanos = length * u > Long.MAX_VALUE - startNanos ? Long.MAX_VALUE : startNanos + length * u;
          return switch (shape) {
            case 0 -> Word.unpacked(t, -1, -1, c, false);
            case 1 -> Word.unpacked(t, startNanos, -1, c, false);
            case 2 -> Word.unpacked(t, startNanos, endNanos, c, true);
            case 3 -> Word.unpacked(t, Long.MAX_VALUE - startNanos, Long.MAX_VALUE, c, false);
            default -> Word.unpacked(t, startNanos, endNanos, c, false);
          };
        });
  }
}
