package org.colloquy.query;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Pattern;
import org.colloquy.model.Episode;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  private static final Speaker CRAIG = Speaker.of("CRAIG", "Craig Smith", Speaker.Role.HOST);
  private static final Speaker YANN = Speaker.of("YANN", "Yann LeCun", Speaker.Role.GUEST);

  private static Segment timed(Speaker s, int from, int to, String text) {
    return Segment.builder().speaker(s).start(ofSeconds(from)).end(ofSeconds(to)).text(text).build();
  }

  private static final Episode EPISODE = Episode.builder().addSpeaker(CRAIG).addSpeaker(YANN)
      .addSegment(Segment.builder().kind(Segment.Kind.MUSIC).start(Duration.ZERO).end(ofSeconds(7)).text("theme")
          .build())
      .addSegment(timed(CRAIG, 7, 60, "Welcome. What is backprop?"))
      .addSegment(timed(YANN, 300, 330, "Backprop is how we train neural nets."))
      .addSegment(timed(YANN, 330, 400, "Artificial Intelligence, réseau de neurones, back-propagation!"))
      .addSegment(timed(CRAIG, 390, 420, "Right. And the backpropagation of errors?"))
      .addSegment(Segment.builder().speaker(YANN).text("an untimed aside about backprop").build())
      .build();

  @Test
  void filtersChainAndKeepSourceOrder() {
    Segments hits = EPISODE.segments().speech().by("yann").containing("backprop")
        .between(ofMinutes(5), ofMinutes(10));
    assertThat(hits).extracting(Segment::text).containsExactly("Backprop is how we train neural nets.");
  }

  @Test
  void bySpeakerAcceptsIdNameOrSpeaker() {
    assertThat(EPISODE.segments().by("YANN")).hasSize(3);
    assertThat(EPISODE.segments().by("craig smith")).hasSize(2);
    assertThat(EPISODE.segments().by(YANN)).hasSize(3);
    assertThat(EPISODE.segments().by("nobody")).isEmpty();
  }

  @Test
  void containingMatchesWholeWordsIgnoringCaseAccentsAndPunctuation() {
    assertThat(EPISODE.segments().containing("artificial intelligence")).hasSize(1);
    assertThat(EPISODE.segments().containing("RESEAU DE NEURONES")).hasSize(1);
    assertThat(EPISODE.segments().containing("back")).as("back-propagation splits at the hyphen").hasSize(1);
    assertThat(EPISODE.segments().containing("prop")).isEmpty();
    assertThat(EPISODE.segments().containing("backprop")).hasSize(3);
    assertThatThrownBy(() -> EPISODE.segments().containing("  ?! ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matchingUsesARegularExpression() {
    assertThat(EPISODE.segments().matching(Pattern.compile("\\?$"))).hasSize(2);
  }

  @Test
  void betweenKeepsSegmentsOverlappingTheWindowAndDropsUntimedOnes() {
    assertThat(EPISODE.segments().between(ofSeconds(330), ofSeconds(391))).extracting(Segment::text)
        .containsExactly("Artificial Intelligence, réseau de neurones, back-propagation!",
            "Right. And the backpropagation of errors?");
    assertThat(EPISODE.segments().between(ofSeconds(60), ofSeconds(300))).as("touching ends do not overlap")
        .isEmpty();
  }

  @Test
  void atFindsWhatIsGoingOnAtAnInstantIncludingOverlaps() {
    assertThat(EPISODE.segments().at(ofSeconds(395))).hasSize(2);
    assertThat(EPISODE.segments().at(ofSeconds(7))).extracting(Segment::text)
        .containsExactly("Welcome. What is backprop?");
  }

  @Test
  void turnsMergeConsecutiveSegmentsOfOneSpeaker() {
    Segments turns = EPISODE.segments().turns();
    assertThat(turns).hasSize(5);
    Segment yann = turns.get(2);
    assertThat(yann.text()).isEqualTo("Backprop is how we train neural nets. "
        + "Artificial Intelligence, réseau de neurones, back-propagation!");
    assertThat(yann.start()).contains(ofSeconds(300));
    assertThat(yann.end()).contains(ofSeconds(400));
  }

  @Test
  void turnsCarryWordsAndReferencesOfEveryPart() {
    Episode e = Episode.builder().addSpeaker(YANN)
        .addSegment(Segment.speech(YANN, ofSeconds(1), "a").toBuilder().addWord(Word.of("a")).build())
        .addSegment(Segment.speech(YANN, ofSeconds(2), "b").toBuilder().addWord(Word.of("b"))
            .addReference(Reference.url("https://example.org")).build())
        .build();
    Segment turn = e.segments().turns().get(0);
    assertThat(turn.words()).extracting(Word::text).containsExactly("a", "b");
    assertThat(turn.references()).hasSize(1);
  }

  @Test
  void aggregatesCountWordsAndTime() {
    Segments yann = EPISODE.segments().by("yann");
    assertThat(yann.wordCount()).isEqualTo(7 + 6 + 5);
    assertThat(yann.duration()).isEqualTo(ofSeconds(100));
    assertThat(EPISODE.segments().speakers()).containsExactly(CRAIG, YANN);
    assertThat(EPISODE.segments().first().orElseThrow().kind()).isEqualTo(Segment.Kind.MUSIC);
  }

  @Test
  void toStringShowsTheFirstFiveAndACount() {
    assertThat(EPISODE.segments().toString()).startsWith("Segments[6]\n  [00:00] MUSIC: \"theme\"")
        .endsWith("… 1 more");
    assertThat(EPISODE.segments().by("nobody")).hasToString("Segments[]");
  }

  @Test
  void segmentsAreAnImmutableList() {
    assertThatThrownBy(() -> EPISODE.segments().add(EPISODE.segments().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(EPISODE.segments().stream().filter(Segment::isSpeech).count()).isEqualTo(5);
  }
}
