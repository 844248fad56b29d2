package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.junit.jupiter.api.Test;

class JsonHelpersTest {

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @Test
  void aRunOfUntimedWordsSharesTheGapBetweenItsNeighbours() {
    List<Word> words = new ArrayList<>(List.of(Word.of("in", ms(0), ms(1000)), Word.of("1988"), Word.of("and"),
        Word.of("then", ms(3000), ms(3500))));
    assertThat(WordTimes.interpolate(words, WordTimes.NONE, WordTimes.NONE)).isEqualTo(2);
    assertThat(words.get(1).start()).contains(ms(1000));
    assertThat(words.get(1).end()).contains(ms(2000));
    assertThat(words.get(2).start()).contains(ms(2000));
    assertThat(words.get(2).end()).contains(ms(3000));
    assertThat(words.get(1).interpolated()).isTrue();
    assertThat(words.get(3).interpolated()).isFalse();
  }

  @Test
  void untimedWordsAtTheEdgeUseTheSegmentBoundsAndWithoutAnyTimeStayUntimed() {
    List<Word> edge = new ArrayList<>(List.of(Word.of("25."), Word.of("ok", ms(500), ms(700))));
    WordTimes.interpolate(edge, 200_000_000L, WordTimes.NONE);
    assertThat(edge.get(0).start()).contains(ms(200));
    assertThat(edge.get(0).end()).contains(ms(500));
    List<Word> none = new ArrayList<>(List.of(Word.of("a"), Word.of("b")));
    assertThat(WordTimes.interpolate(none, WordTimes.NONE, WordTimes.NONE)).isZero();
    assertThat(none).allSatisfy(w -> assertThat(w.start()).isEmpty());
  }

  @Test
  void attachingPunctuationKeepsTheWordsTimesAndConfidence() {
    Word w = WordTimes.attach(Word.of("here", ms(100), ms(300), 0.9), "!");
    assertThat(w).isEqualTo(Word.of("here!", ms(100), ms(300), 0.9));
  }

  @Test
  void diarisationLabelsAreNumberedInOrderOfFirstAppearanceAndShared() {
    SpeakerRoster roster = new SpeakerRoster();
    Speaker b = roster.label("spk_1").orElseThrow();
    Speaker a = roster.label("spk_0").orElseThrow();
    assertThat(b.displayName()).isEqualTo("Speaker 1");
    assertThat(a.displayName()).isEqualTo("Speaker 2");
    assertThat(roster.label(" spk_1 ").orElseThrow()).isSameAs(b);
    assertThat(roster.label("  ")).isEmpty();
    assertThat(roster.speakers()).containsExactly(b, a);
  }

  @Test
  void shapesNamePropertyPathsThroughArraysAndSurviveACutOffSample() {
    JsonShape shape = JsonShape.of("{\"results\":{\"channels\":[{\"alternatives\":[{\"words\":[{\"word\":\"hi\"");
    assertThat(shape.isObject()).isTrue();
    assertThat(shape.has("results.channels.alternatives.words.word")).isTrue();
    assertThat(shape.has("channels")).isFalse();
    assertThat(JsonShape.of("[1,2]").isObject()).isFalse();
    assertThat(JsonShape.of("{\"colloquy\":1}").isColloquyJson()).isTrue();
  }

  @Test
  void cleanTextCollapsesWhiteSpaceAndReturnsCleanTextAsIs() {
    String clean = "already clean";
    assertThat(CleanText.of(clean)).isSameAs(clean);
    assertThat(CleanText.of(" Leading space,\n\ttabs  and\u00A0nbsp ")).isEqualTo("Leading space, tabs and nbsp");
  }

  @Test
  void thePoolReturnsOneInstancePerText() {
    TextPool pool = new TextPool();
    String first = pool.share(new String("the"));
    assertThat(pool.share(new String("the"))).isSameAs(first);
  }

  @Test
  void groupingEndsASegmentAtASentenceEndASpeakerChangeAndALongPause() {
    Speaker a = Speaker.of("A");
    Speaker b = Speaker.of("B");
    WordGrouper g = new WordGrouper();
    g.add(Word.of("Hi.", ms(0), ms(200)), a, null);
    g.add(Word.of("Well", ms(300), ms(500)), a, null);
    g.add(Word.of("then", ms(3000), ms(3200)), a, null);
    g.add(Word.of("yes", ms(3300), ms(3500)), b, null);
    g.flush();
    assertThat(g.segments()).extracting(s -> s.speaker().orElseThrow().id() + ":" + s.text())
        .containsExactly("A:Hi.", "A:Well", "A:then", "B:yes");
    assertThat(g.segments().get(2).start()).contains(ms(3000));
  }

  @Test
  void groupingWithAMinimumLetsShortSentencesJoinTheNext() {
    Speaker a = Speaker.of("A");
    WordGrouper g = new WordGrouper(3);
    g.add(Word.of("Hi.", ms(0), ms(200)), a, null);
    g.add(Word.of("Well", ms(300), ms(500)), a, null);
    g.add(Word.of("yes.", ms(600), ms(800)), a, null);
    g.add(Word.of("Ok.", ms(900), ms(1000)), a, null);
    g.flush();
    assertThat(g.segments()).extracting(Segment::text).containsExactly("Hi. Well yes.", "Ok.");
  }
}
