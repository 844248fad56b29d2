package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.junit.jupiter.api.Test;

/**
 * The seed summary page merged with a transcript of the same episode, built here by hand the way a labelled
 * transcript reads ({@code LEX:}, {@code YANN:} labels, no roles, no show).
 */
class SummaryPageMergeTest {

  private final Episode summary = Fixtures.read(Fixtures.SEED);

  private static Episode transcript() {
    Speaker lex = Speaker.of("LEX");
    Speaker yann = Speaker.of("YANN");
    return Episode.builder()
        .title("Yann LeCun: Deep Learning, ConvNets, and Self-Supervised Learning")
        .duration(Duration.ofMinutes(75).plusSeconds(12))
        .addSpeaker(lex)
        .addSpeaker(yann)
        .addSegment(Segment.speech(lex, Duration.ZERO, "The following is a conversation with Yann LeCun."))
        .addSegment(Segment.speech(yann, Duration.ofSeconds(41), "Machine learning is the science of sloppiness."))
        .addSegment(Segment.speech(lex, Duration.ofSeconds(47), "That's a good way to put it."))
        .build();
  }

  @Test
  void theTranscriptsLabelsBecomeThePagesPeople() {
    Episode merged = Episode.merge(summary, transcript());

    assertThat(merged.speakers()).extracting(Speaker::id, Speaker::role, Speaker::aliases).containsExactly(
        tuple("Lex Fridman", Role.HOST, java.util.List.of("LEX")),
        tuple("Yann LeCun", Role.GUEST, java.util.List.of("YANN")));
    assertThat(merged.segments()).hasSize(3);
    assertThat(merged.segments().by("YANN")).extracting(Segment::text)
        .containsExactly("Machine learning is the science of sloppiness.");
    assertThat(merged.segments().by("Yann Lecun")).hasSize(1);
    assertThat(merged.segments().get(0).speaker()).containsSame(merged.speakers().get(0));
  }

  @Test
  void theSummarysQuotesTopicsAndHighlightsAreKeptWithTheMergedGuest() {
    Episode merged = Episode.merge(summary, transcript());

    assertThat(merged.quotes()).hasSize(5)
        .allSatisfy(q -> assertThat(q.speaker()).containsSame(merged.speakers().get(1)));
    assertThat(merged.topics()).hasSize(7);
    assertThat(merged.highlights()).hasSize(10);
    assertThat(merged.show()).contains("Lex Fridman Podcast");
    assertThat(merged.episodeNumber()).hasValue(36);
  }

  @Test
  void theMatchesAndTheDurationConflictAreReported() {
    Episode merged = Episode.merge(summary, transcript());

    assertThat(merged.duration()).contains(Duration.ofMinutes(75));
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().startsWith("merge-"))
        .extracting(Diagnostic::code)
        .containsExactly("merge-conflict", "merge-speaker-match", "merge-speaker-match");
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().equals("merge-conflict"))
        .extracting(Diagnostic::message).containsExactly("the episodes differ in their duration: kept \"PT1H15M\""
            + " from the first, set aside \"PT1H15M12S\" from the second");
    assertThat(merged.diagnostics()).filteredOn(d -> d.code().equals("page-furniture")).hasSize(7);
  }

  @Test
  void mergingTheOtherWayKeepsTheTranscriptsLabelsAsIdsButShowsThePagesNames() {
    Episode merged = Episode.merge(transcript(), summary);

    assertThat(merged.speakers()).extracting(Speaker::id, Speaker::displayName, Speaker::role).containsExactly(
        tuple("LEX", "Lex Fridman", Role.HOST), tuple("YANN", "Yann LeCun", Role.GUEST));
    assertThat(merged.quotes()).allSatisfy(q -> assertThat(q.speaker()).containsSame(merged.speakers().get(1)));
    assertThat(merged.duration()).contains(Duration.ofMinutes(75).plusSeconds(12));
  }
}
