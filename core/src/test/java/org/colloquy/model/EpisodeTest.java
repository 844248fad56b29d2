package org.colloquy.model;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpisodeTest {

  private static final Speaker CRAIG = Speaker.of("CRAIG", "Craig Smith", Speaker.Role.HOST);
  private static final Speaker YANN = Speaker.of("YANN");

  private static Episode.Builder interview() {
    return Episode.builder()
        .title("Yann LeCun on self-supervised learning")
        .addSpeaker(CRAIG)
        .addSpeaker(YANN)
        .addSegment(Segment.builder().kind(Segment.Kind.MUSIC).start(Duration.ZERO).text("theme").build())
        .addSegment(Segment.speech(CRAIG, ofSeconds(7), "Hi, this is Craig Smith."))
        .addSegment(Segment.speech(CRAIG, ofSeconds(69), "You're French?"))
        .addSegment(Segment.speech(YANN, ofSeconds(71), "I'm French, French and American now."))
        .addQuote(Quote.of("French and American now", YANN));
  }

  @Test
  void aSegmentNamingAnUnlistedSpeakerIsRejectedWithItsName() {
    Speaker stranger = Speaker.of("LEX");
    assertThatThrownBy(() -> interview().addSegment(Segment.speech(stranger, ofSeconds(80), "Hi")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEX")
        .hasMessageContaining("does not have");
  }

  @Test
  void aSegmentWithAStaleCopyOfASpeakerIsRejectedEvenAfterTheSameSpeakerPassed() {
    Speaker stale = Speaker.of("YANN", "Yann LeCun", Speaker.Role.GUEST);
    assertThatThrownBy(() -> interview().addSegment(Segment.speech(stale, ofSeconds(80), "Hi")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YANN");
  }

  @Test
  void anUnlistedSpeakerIsFoundAmongManyDistinctSpeakerInstances() {
    // Past the number of speaker instances the builder notes, the check visits every segment instead.
    Episode.Builder many = interview();
    for (int i = 0; i < 100; i++) {
      many.addSegment(Segment.speech(Speaker.of("YANN"), ofSeconds(80 + i), "Hi " + i));
    }
    assertThat(many.build().segments()).hasSize(104);
    many.addSegment(Segment.speech(Speaker.of("LEX"), ofSeconds(300), "Bye"));
    assertThatThrownBy(many::build).hasMessageContaining("segment 104").hasMessageContaining("does not have");
  }

  @Test
  void anEpisodeRebuiltWithAnUnlistedSpeakerIsRejected() {
    Episode ep = interview().build();
    assertThatThrownBy(() -> ep.toBuilder().addSegment(Segment.speech(Speaker.of("LEX"), ofSeconds(90), "Hi"))
        .build()).hasMessageContaining("segment 4");
  }

  @Test
  void withDiagnosticsAppendsThemAndKeepsTheRest() {
    Diagnostic first = Diagnostic.of(Diagnostic.Severity.INFO, "one", "first");
    Diagnostic second = Diagnostic.of(Diagnostic.Severity.WARNING, "two", "second");
    Episode ep = interview().addDiagnostic(first).build();
    Episode more = ep.withDiagnostics(List.of(second));
    assertThat(more.diagnostics()).containsExactly(first, second);
    assertThat(more).isEqualTo(ep.toBuilder().addDiagnostic(second).build());
    assertThat(more.segments()).isSameAs(ep.segments());
    assertThat(ep.diagnostics()).containsExactly(first);
    assertThat(ep.withDiagnostics(List.of())).isSameAs(ep);
  }

  @Test
  void aSegmentWithAStaleCopyOfASpeakerIsRejected() {
    assertThatThrownBy(() -> interview()
        .addSegment(Segment.speech(YANN.withDisplayName("Yann"), ofSeconds(80), "Hi")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lists it as");
  }

  @Test
  void twoSpeakersWithOneIdAreRejected() {
    assertThatThrownBy(() -> interview().addSpeaker(Speaker.of("YANN", "Other", Speaker.Role.OTHER)).build())
        .hasMessageContaining("share the id YANN");
  }

  @Test
  void aSegmentEndingBeforeItsStartIsRejectedWithBothTimes() {
    assertThatThrownBy(() -> Segment.builder().start(ofSeconds(10)).end(ofSeconds(5)).text("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT5S")
        .hasMessageContaining("PT10S");
  }

  @Test
  void endTimesAreDerivedFromTheNextStartAndMarked() {
    Episode episode = interview().duration(ofSeconds(100)).deriveEndTimes().build();
    assertThat(episode.segments()).extracting(s -> s.end().orElseThrow())
        .containsExactly(ofSeconds(7), ofSeconds(69), ofSeconds(71), ofSeconds(100));
    assertThat(episode.segments()).allMatch(Segment::endDerived);
  }

  @Test
  void derivedEndsNeverHideOverlapsOrReorder() {
    Episode episode = Episode.builder().addSpeaker(YANN).addSpeaker(CRAIG)
        .addSegment(Segment.speech(YANN, ofSeconds(10), "a"))
        .addSegment(Segment.builder().speaker(CRAIG).start(ofSeconds(12)).end(ofSeconds(20)).text("b").build())
        .addSegment(Segment.speech(YANN, ofSeconds(15), "overlapping"))
        .addSegment(Segment.speech(YANN, ofSeconds(5), "out of order"))
        .deriveEndTimes().build();
    assertThat(episode.segments().get(0).end()).contains(ofSeconds(12));
    assertThat(episode.segments().get(1).end()).contains(ofSeconds(20));
    assertThat(episode.segments().get(1).endDerived()).isFalse();
    assertThat(episode.segments().get(2).end()).as("next start is earlier: not safe").isEmpty();
    assertThat(episode.segments().get(3).end()).as("last, no duration").isEmpty();
    assertThat(episode.segments()).extracting(Segment::text)
        .containsExactly("a", "b", "overlapping", "out of order");
  }

  @Test
  void renamingASpeakerRekeysEverySegmentAndQuote() {
    Episode renamed = interview().build().renameSpeaker("YANN", "Yann LeCun");
    Speaker yann = renamed.speaker("YANN").orElseThrow();
    assertThat(yann.displayName()).isEqualTo("Yann LeCun");
    assertThat(renamed.segments().by("Yann LeCun")).hasSize(1).allMatch(s -> s.speaker().get() == yann);
    assertThat(renamed.quotes().get(0).speaker()).containsSame(yann);
  }

  @Test
  void renamingKeepsTheFormerDisplayNameAsAnAlias() {
    Episode renamed = interview().build().renameSpeaker("craig", "Craig S. Smith");
    assertThat(renamed.speaker("Craig Smith")).get().extracting(Speaker::displayName).isEqualTo("Craig S. Smith");
    assertThat(renamed.segments().by("Craig Smith")).hasSize(2);
  }

  @Test
  void mergingTwoLabelsMakesOneSpeakerWithTheOtherAsAlias() {
    Episode merged = interview().build().mergeSpeakers("YANN", "CRAIG");
    assertThat(merged.speakers()).extracting(Speaker::id).containsExactly("CRAIG");
    assertThat(merged.segments().by("CRAIG")).hasSize(3);
    assertThat(merged.segments().by("YANN")).hasSize(3);
    assertThat(merged.quotes().get(0).speaker().orElseThrow().id()).isEqualTo("CRAIG");
  }

  @Test
  void aliasesAnswerQueries() {
    Episode episode = interview().build().addSpeakerAliases("YANN", "Yann LeCun", "LeCun");
    assertThat(episode.segments().by("lecun")).hasSize(1);
    assertThat(episode.speaker("LÉCUN")).isPresent();
  }

  @Test
  void unknownSpeakersAreNamedInTheError() {
    assertThatThrownBy(() -> interview().build().renameSpeaker("LEX", "Lex"))
        .hasMessageContaining("LEX").hasMessageContaining("CRAIG, YANN");
  }

  @Test
  void speakerLookupPrefersTheExactIdThenFoldedNames() {
    Episode episode = interview().build();
    assertThat(episode.speaker("craig smith")).contains(CRAIG);
    assertThat(episode.speaker("yann")).contains(YANN);
    assertThat(episode.speaker("nobody")).isEmpty();
  }

  @Test
  void toStringIsAOneLineSummary() {
    String text = interview().show("Eye on AI").episodeNumber(12).date(LocalDate.of(2020, 1, 2)).build().toString();
    assertThat(text).isEqualTo("Episode[\"Yann LeCun on self-supervised learning\", Eye on AI #12, 2020-01-02, "
        + "01:11, 2 speakers [CRAIG, YANN], 4 segments, 1 quote]");
    assertThat(text).doesNotContain("\n");
  }

  @Test
  void collectionsAreUnmodifiable() {
    Episode episode = interview().build();
    assertThatThrownBy(() -> episode.speakers().add(YANN)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> episode.segments().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> episode.metadata().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void segmentToStringShowsTimeSpeakerAndText() {
    assertThat(Segment.speech(YANN, ofSeconds(69), "I'm French, French and American now. But yes, I was born near"
        + " Paris.").toString()).isEqualTo("[01:09] YANN: \"I'm French, French and American now. But yes, I was born"
            + " nea…\"");
    assertThat(Segment.builder().kind(Segment.Kind.MUSIC).start(Duration.ofMillis(3_723_500)).text("theme").build())
        .hasToString("[1:02:03.500] MUSIC: \"theme\"");
  }

  @Test
  void speakerMatchesIdNamesAndAliasesIgnoringCaseAndAccents() {
    Speaker s = new Speaker("SPEAKER_00", "Yann LeCun", java.util.Optional.of("Yann André LeCun"),
        Speaker.Role.GUEST, List.of("Yann"));
    assertThat(s.matches("speaker_00")).isTrue();
    assertThat(s.matches("  yann   lecun ")).isTrue();
    assertThat(s.matches("yann andre lecun")).isTrue();
    assertThat(s.matches("YANN")).isTrue();
    assertThat(s.matches("LeCun")).isFalse();
    assertThat(s.matches("")).isFalse();
  }
}
