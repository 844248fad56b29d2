package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Diagnostic.Severity;
import org.colloquy.model.Episode;
import org.colloquy.model.Highlight;
import org.colloquy.model.Highlight.Kind;
import org.colloquy.model.Quote;
import org.colloquy.model.Speaker;
import org.colloquy.model.Speaker.Role;
import org.colloquy.model.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the summary-page reader makes of the seed page (Lex Fridman Podcast #36 with Yann LeCun). */
class SummaryPageSeedTest {

  private final Episode seed = Fixtures.read(Fixtures.SEED);

  @Test
  void theTitleSuffixIsTheShowAndNumberNotPartOfTheTitle() {
    assertThat(seed.title()).contains("Yann LeCun: Deep Learning, ConvNets, and Self-Supervised Learning");
    assertThat(seed.show()).contains("Lex Fridman Podcast");
    assertThat(seed.episodeNumber()).hasValue(36);
  }

  @Test
  void theFlattenedPeopleLineGivesAHostAndAGuest() {
    assertThat(seed.speakers())
        .extracting(Speaker::id, Speaker::displayName, Speaker::role)
        .containsExactly(tuple("Lex Fridman", "Lex Fridman", Role.HOST), tuple("Yann LeCun", "Yann LeCun", Role.GUEST));
  }

  @Test
  void theFlattenedDateLineGivesDateAndDuration() {
    assertThat(seed.date()).contains(LocalDate.of(2019, 8, 31));
    assertThat(seed.duration()).contains(Duration.ofMinutes(75));
  }

  @Test
  void theDescriptionLineIsTheDescription() {
    assertThat(seed.description()).contains(
        "Lex Fridman and Yann LeCun on yann LeCun outlines path to human-level AI through self-supervision.");
  }

  @Test
  void theHeadlineAndFourPointsAreHighlights() {
    assertThat(seed.highlights()).filteredOn(h -> h.kind() == Kind.HEADLINE).extracting(Highlight::text)
        .containsExactly("Yann LeCun outlines path to human-level AI through self-supervision");
    assertThat(seed.highlights()).filteredOn(h -> h.kind() == Kind.KEY_POINT).hasSize(4)
        .extracting(Highlight::text)
        .first().asString().startsWith("Yann LeCun discusses the limitations of current AI");
  }

  @Test
  void theFiveIdeasAreTakeawaysWithTitleAndText() {
    assertThat(seed.highlights()).filteredOn(h -> h.kind() == Kind.TAKEAWAY).hasSize(5)
        .first().satisfies(h -> {
          assertThat(h.title()).contains("AI safety parallels human lawmaking: objective functions are like legal codes.");
          assertThat(h.text()).startsWith("LeCun frames AI alignment as an extension of what societies already do");
        });
  }

  @Test
  void theFiveQuotesAreYannLeCunsAndHoldTheGuestItself() {
    Speaker guest = seed.speaker("Yann LeCun").orElseThrow();
    assertThat(seed.quotes()).hasSize(5);
    assertThat(seed.quotes()).allSatisfy(q -> assertThat(q.speaker()).containsSame(guest));
    assertThat(seed.quotes()).extracting(Quote::text)
        .startsWith("Machine learning is the science of sloppiness.")
        .endsWith("The main problem we need to solve is: how do we learn models of the world? That’s what"
            + " self-supervised learning is all about.");
  }

  @Test
  void theRunTogetherTopicLineSplitsIntoSevenTopics() {
    assertThat(seed.topics()).extracting(Topic::name).containsExactly(
        "Value alignment, ethics, and legal systems as objective functions for AI",
        "Deep learning history, ConvNets, and why neural nets succeeded despite theory",
        "Neural networks, reasoning, and the need for working memory and planning",
        "Symbolic AI vs. continuous, gradient-based learning and causal inference",
        "Self-supervised learning as the path to world models and common sense",
        "Reinforcement learning limits, model-based RL, and autonomous driving",
        "Embodiment vs. grounding, human intelligence’s limits, and emotions in AI");
  }

  @Test
  void pageFurnitureIsLeftOutButKeptAsInfoDiagnostics() {
    assertThat(seed.diagnostics()).filteredOn(d -> d.code().equals("page-furniture"))
        .extracting(d -> d.location().orElseThrow().line(), Diagnostic::message)
        .containsExactly(
            tuple(1, "left out the page's own text \"Skip to content\""),
            tuple(9, "left out the page's own text \"Watch on YouTube ↗\""),
            tuple(11, "left out the page's own text \"At a glance\""),
            tuple(72, "left out the page's own text \"High quality AI-generated summary created from"
                + " speaker-labeled transcript.\""),
            tuple(74, "left out the page's own text \"Get more out of YouTube videos.\""),
            tuple(76, "left out the page's own text \"High quality summaries for YouTube videos. Accurate"
                + " transcripts to search & find moments. Powered by ChatGPT & Claude AI.\""),
            tuple(78, "left out the page's own text \"Add to Chrome\""));
    assertThat(seed.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
    assertThat(seed.diagnostics()).hasSize(8);
  }

  @Test
  void noFurnitureReachesTheModel() {
    String model = Coverage.modelText(seed);
    assertThat(model).doesNotContain("Skip to content", "At a glance", "Add to Chrome", "Watch on YouTube",
        "AI-generated summary", "Powered by");
  }

  @Test
  void everyNonBlankLineIsInTheModelOrInADiagnostic() {
    assertThat(Coverage.unaccounted(Fixtures.text(Fixtures.SEED), seed)).isEmpty();
  }

  @Test
  void strictReadingAcceptsTheSeedBecauseItHasOnlyNotes() {
    Episode strict = Fixtures.parse(Fixtures.text(Fixtures.SEED), Fixtures.SEED, ReadOptions.strictDefaults());

    assertThat(strict).isEqualTo(seed);
  }

  @Test
  void theFacadeLoadsTheSeedByDetection(@TempDir Path dir) throws Exception {
    Path copy = Files.writeString(dir.resolve("000_a6612d57c1853cf2.txt"), Fixtures.text(Fixtures.SEED));

    Episode ep = Colloquy.load(copy);

    assertThat(ep.quotes()).hasSize(5);
    assertThat(ep.topics()).hasSize(7);
    assertThat(ep.speaker("Yann LeCun")).map(Speaker::role).contains(Role.GUEST);
    assertThat(ep.duration()).contains(Duration.ofMinutes(75));
  }
}
