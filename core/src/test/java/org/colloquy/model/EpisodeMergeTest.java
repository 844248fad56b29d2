package org.colloquy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.colloquy.model.Diagnostic.Severity;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Speaker.Role;
import org.junit.jupiter.api.Test;

class EpisodeMergeTest {

  private static final Speaker LEX = Speaker.of("Lex Fridman", "Lex Fridman", Role.HOST);
  private static final Speaker YANN = Speaker.of("Yann LeCun", "Yann LeCun", Role.GUEST);

  private static Episode summary() {
    return Episode.builder()
        .title("Yann LeCun: Deep Learning")
        .show("Lex Fridman Podcast")
        .episodeNumber(36)
        .date(LocalDate.of(2019, 8, 31))
        .duration(Duration.ofMinutes(75))
        .addSpeaker(LEX)
        .addSpeaker(YANN)
        .addQuote(Quote.of("Machine learning is the science of sloppiness.", YANN))
        .addTopic(Topic.named("Self-supervised learning"))
        .addHighlight(Highlight.of(Kind.HEADLINE, "LeCun on self-supervision"))
        .addDiagnostic(Diagnostic.of(Severity.INFO, "page-furniture", "Skip to content"))
        .build();
  }

  private static Episode transcript(Speaker lex, Speaker yann) {
    return Episode.builder()
        .title("Yann LeCun: Deep Learning")
        .url("https://example.org/36")
        .addSpeaker(lex)
        .addSpeaker(yann)
        .addSegment(Segment.speech(lex, Duration.ZERO, "Welcome."))
        .addSegment(Segment.speech(yann, Duration.ofSeconds(4), "Machine learning is the science of sloppiness."))
        .addQuote(new Quote("Machine learning is the science of sloppiness.", Optional.of(yann), OptionalInt.of(1),
            Optional.of(Duration.ofSeconds(4))))
        .addTopic(new Topic("Sloppiness", Optional.empty(), List.of(), List.of(1), Map.of()))
        .build();
  }

  @Test
  void absentMetadataIsFilledFromTheOther() {
    Episode merged = Episode.merge(summary(), transcript(Speaker.of("LEX"), Speaker.of("YANN")));

    assertThat(merged.title()).contains("Yann LeCun: Deep Learning");
    assertThat(merged.show()).contains("Lex Fridman Podcast");
    assertThat(merged.episodeNumber()).hasValue(36);
    assertThat(merged.url()).contains("https://example.org/36");
    assertThat(merged.duration()).contains(Duration.ofMinutes(75));
  }

  @Test
  void conflictingMetadataKeepsTheFirstAndBecomesAWarning() {
    Episode other = summary().toBuilder().title("Another title").date(LocalDate.of(2019, 9, 1)).build();

    Episode merged = Episode.merge(summary(), other);

    assertThat(merged.title()).contains("Yann LeCun: Deep Learning");
    assertThat(merged.date()).contains(LocalDate.of(2019, 8, 31));
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().equals(EpisodeMerger.CONFLICT))
        .extracting(Diagnostic::message)
        .containsExactly(
            "the episodes differ in their title: kept \"Yann LeCun: Deep Learning\" from the first, set aside"
                + " \"Another title\" from the second",
            "the episodes differ in their date: kept \"2019-08-31\" from the first, set aside \"2019-09-01\" from"
                + " the second");
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().equals(EpisodeMerger.CONFLICT))
        .allMatch(d -> d.severity() == Severity.WARNING);
  }

  @Test
  void conflictingMetadataEntriesKeepTheFirst() {
    Episode a = Episode.builder().metadata("site", "a").metadata("only-a", "1").build();
    Episode b = Episode.builder().metadata("site", "b").metadata("only-b", "2").build();

    Episode merged = Episode.merge(a, b);

    assertThat(merged.metadata()).containsExactly(Map.entry("site", "a"), Map.entry("only-a", "1"),
        Map.entry("only-b", "2"));
    assertThat(merged.diagnostics()).extracting(Diagnostic::code).containsExactly(EpisodeMerger.CONFLICT);
  }

  @Test
  void speakersWithTheSameNameIgnoringCaseAndAccentsAreOne() {
    Episode b = Episode.builder().addSpeaker(Speaker.of("Yánn Lecun", "Yánn Lecun", Role.UNKNOWN)).build();

    Episode merged = Episode.merge(summary(), b);

    assertThat(merged.speakers()).hasSize(2);
    assertThat(merged.speaker("Yann LeCun")).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo("Yann LeCun");
      assertThat(s.role()).isEqualTo(Role.GUEST);
    });
  }

  @Test
  void transcriptLabelsMatchByTheirDisplayNameOrAlias() {
    Speaker yann = new Speaker("SPEAKER_01", "SPEAKER_01", Optional.empty(), Role.UNKNOWN, List.of("Yann LeCun"));
    Speaker lex = Speaker.of("SPEAKER_00", "Lex Fridman", Role.UNKNOWN);

    Episode merged = Episode.merge(transcript(lex, yann), summary());

    assertThat(merged.speakers()).extracting(Speaker::id).containsExactly("SPEAKER_00", "SPEAKER_01");
    assertThat(merged.speakers()).extracting(Speaker::role).containsExactly(Role.HOST, Role.GUEST);
    // A bare label gives way to the name the summary gives.
    assertThat(merged.speakers().get(1).displayName()).isEqualTo("Yann LeCun");
    assertThat(merged.segments().by("Yann LeCun")).hasSize(1);
  }

  @Test
  void aOneWordLabelMatchesTheOnlyFullNameItStartsOrEnds() {
    Episode merged = Episode.merge(transcript(Speaker.of("LEX"), Speaker.of("LECUN")), summary());

    assertThat(merged.speakers()).extracting(Speaker::id).containsExactly("LEX", "LECUN");
    assertThat(merged.speakers()).extracting(Speaker::displayName).containsExactly("Lex Fridman", "Yann LeCun");
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().equals(EpisodeMerger.SPEAKER_MATCH)).hasSize(2)
        .allMatch(d -> d.severity() == Severity.INFO);
  }

  @Test
  void aOneWordLabelThatFitsTwoPeopleIsKeptApart() {
    Episode twoYanns = Episode.builder()
        .addSpeaker(YANN)
        .addSpeaker(Speaker.of("Yann Martel", "Yann Martel", Role.GUEST))
        .build();

    Episode merged = Episode.merge(twoYanns, Episode.builder().addSpeaker(Speaker.of("YANN")).build());

    assertThat(merged.speakers()).extracting(Speaker::id).containsExactly("Yann LeCun", "Yann Martel", "YANN");
    assertThat(merged.diagnostics()).extracting(Diagnostic::code).containsExactly(EpisodeMerger.SPEAKER_AMBIGUOUS);
  }

  @Test
  void aliasesAreUnionedAndTheFirstsIdStays() {
    Speaker a = new Speaker("Y", "Yann LeCun", Optional.empty(), Role.GUEST, List.of("LeCun"));
    Speaker b = new Speaker("YANN", "Yann Lecun", Optional.of("Yann André LeCun"), Role.GUEST, List.of("Yann L."));

    Episode merged = Episode.merge(Episode.builder().addSpeaker(a).build(), Episode.builder().addSpeaker(b).build());

    Speaker only = merged.speakers().get(0);
    assertThat(merged.speakers()).hasSize(1);
    assertThat(only.id()).isEqualTo("Y");
    assertThat(only.fullName()).contains("Yann André LeCun");
    assertThat(only.aliases()).containsExactly("LeCun", "YANN", "Yann L.");
  }

  @Test
  void differingKnownRolesAreAConflict() {
    Episode b = Episode.builder().addSpeaker(Speaker.of("Lex Fridman", "Lex Fridman", Role.GUEST)).build();

    Episode merged = Episode.merge(summary(), b);

    assertThat(merged.speaker("Lex Fridman").map(Speaker::role)).contains(Role.HOST);
    assertThat(merged.diagnostics()).extracting(Diagnostic::message)
        .contains("the episodes differ in their role of Lex Fridman: kept \"HOST\" from the first, set aside"
            + " \"GUEST\" from the second");
  }

  @Test
  void segmentsOfBothFollowEachOtherReKeyed() {
    Episode a = transcript(Speaker.of("LEX"), Speaker.of("YANN"));
    Episode merged = Episode.merge(a, transcript(Speaker.of("LEX", "Lex", Role.HOST), Speaker.of("YANN")));

    assertThat(merged.segments()).hasSize(4);
    assertThat(merged.segments()).extracting(s -> s.speaker().orElseThrow().id())
        .containsExactly("LEX", "YANN", "LEX", "YANN");
    // The first's LEX was a bare label, so it took the second's display name and role; all four segments show it.
    assertThat(merged.segments().get(0).speaker()).containsSame(merged.speakers().get(0));
    assertThat(merged.segments().get(2).speaker()).containsSame(merged.speakers().get(0));
    assertThat(merged.speakers().get(0).role()).isEqualTo(Role.HOST);
  }

  @Test
  void quotesAndTopicsOfTheSecondPointPastTheFirstsSegments() {
    Episode a = transcript(Speaker.of("LEX"), Speaker.of("YANN"));
    Episode merged = Episode.merge(a, transcript(Speaker.of("LEX"), Speaker.of("YANN")));

    assertThat(merged.quotes()).extracting(q -> q.segmentIndex().getAsInt()).containsExactly(1, 3);
    assertThat(merged.topics()).extracting(Topic::segmentIndexes).containsExactly(List.of(1), List.of(3));
    assertThat(merged.quotes().get(1).speaker()).containsSame(merged.speakers().get(1));
  }

  @Test
  void summaryQuotesAreReKeyedToTheTranscriptsSpeakers() {
    Episode merged = Episode.merge(transcript(Speaker.of("LEX"), Speaker.of("YANN")), summary());

    assertThat(merged.quotes()).hasSize(2);
    assertThat(merged.quotes()).allSatisfy(q -> assertThat(q.speaker()).containsSame(merged.speakers().get(1)));
    assertThat(merged.topics()).extracting(Topic::name).containsExactly("Sloppiness", "Self-supervised learning");
    assertThat(merged.highlights()).hasSize(1);
    assertThat(merged.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("page-furniture", EpisodeMerger.SPEAKER_MATCH, EpisodeMerger.SPEAKER_MATCH);
  }

  @Test
  void exactDuplicatesAreKeptOnce() {
    Episode merged = Episode.merge(summary(), summary());

    assertThat(merged.quotes()).hasSize(1);
    assertThat(merged.topics()).hasSize(1);
    assertThat(merged.highlights()).hasSize(1);
    assertThat(merged.speakers()).containsExactly(LEX, YANN);
    assertThat(merged.diagnostics()).hasSize(2);
  }

  @Test
  void mergingWithAnEmptyEpisodeChangesNothing() {
    assertThat(Episode.merge(summary(), Episode.builder().build())).isEqualTo(summary());
    assertThat(Episode.merge(Episode.builder().build(), summary())).isEqualTo(summary());
  }

  @Test
  void nullEpisodesAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> Episode.merge(summary(), null)).withMessage("second");
  }
}
