package org.colloquy.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colloquy.Colloquy;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.LigatureRepair;
import org.colloquy.query.Segments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures issue 3 asks of the real, PDF-extracted transcript. */
class LabeledTextSeedTest {

  private static Episode seed;

  @BeforeAll
  static void readSeed() {
    seed = Fixtures.readResource(Fixtures.SEED);
  }

  @Test
  void hasTwoSpeakersCraigAndYann() {
    assertThat(seed.speakers()).extracting(Speaker::id).containsExactly("CRAIG", "YANN");
  }

  @Test
  void hasOneSpeechSegmentPerLabelledParagraph() {
    assertThat(seed.segments().speech().by("craig")).hasSize(63);
    assertThat(seed.segments().speech().by("yann")).hasSize(87);
    assertThat(seed.segments().speech()).hasSize(150);
  }

  @Test
  void musicInterludesAndTheOpeningCreditAreNonSpeechWithNoSpeaker() {
    Segments other = seed.segments().filter(s -> !s.isSpeech());
    assertThat(other).hasSize(5).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(Segment.Kind.MUSIC);
      assertThat(s.speaker()).isEmpty();
    });
    assertThat(other.get(0).start()).contains(Duration.ZERO);
    assertThat(other.get(0).text()).isEqualTo("Built my house on hollow ground");
    assertThat(other.get(0).attributes()).containsEntry("credit", "DAISY THE GREAT");
    assertThat(seed.segments().get(0)).isEqualTo(other.get(0));
    assertThat(other.subList(1, 5)).extracting(Segment::text).containsOnly("MUSIC INTERLUDE");
  }

  @Test
  void interludesKeepTheirPlaceBetweenTheTurns() {
    int index = seed.segments().indexOf(seed.segments().filter(s -> s.text().equals("MUSIC INTERLUDE")).get(0));
    assertThat(seed.segments().get(index - 1).start()).contains(Duration.parse("PT14M19S"));
    assertThat(seed.segments().get(index + 1).start()).contains(Duration.parse("PT14M27S"));
  }

  @Test
  void theFiveLinksAreReferencesOfTheSegmentTheyInterrupt() {
    List<Reference> all = seed.segments().stream().flatMap(s -> s.references().stream()).toList();
    assertThat(all).hasSize(5).allMatch(r -> r.kind() == Reference.Kind.URL);
    Segment at3040 = seed.segments().by("yann").filter(s -> s.start().equals(
        java.util.Optional.of(Duration.parse("PT30M40S")))).get(0);
    assertThat(at3040.references()).containsExactly(Reference.url("https://www.eye-on.ai/podcast-011"));
    assertThat(at3040.text())
        .contains("the meaning of ten new words per day, can figure out what an elephant is")
        .doesNotContain("http");
    assertThat(seed.segments()).noneMatch(s -> s.text().contains("https://"));
  }

  @Test
  void startTimesAreAsGivenAndMonotonic() {
    List<Duration> starts = seed.segments().stream().map(Segment::start).flatMap(java.util.Optional::stream)
        .toList();
    assertThat(starts).hasSize(151).isSorted();
    assertThat(seed.segments().speech().get(0).start()).contains(Duration.ofSeconds(7));
    assertThat(starts.get(starts.size() - 1)).isEqualTo(Duration.parse("PT55M45S"));
  }

  @Test
  void endTimesAreDerivedFromTheNextStart() {
    Segments timed = seed.segments().filter(s -> s.start().isPresent());
    for (int i = 0; i + 1 < timed.size(); i++) {
      assertThat(timed.get(i).end()).isEqualTo(timed.get(i + 1).start());
      assertThat(timed.get(i).endDerived()).isTrue();
    }
    assertThat(timed.get(timed.size() - 1).end()).isEmpty();
  }

  @Test
  void textIsNormalisedAndHyphenationRejoined() {
    assertThat(seed.segments()).allSatisfy(s -> assertThat(s.text())
        .doesNotContain("\t").doesNotContain("  ").doesNotContain("\n").isEqualTo(s.text().strip()));
    String first = seed.segments().speech().get(0).text();
    assertThat(first).contains("his work on self-supervised learning, which he believes will take us to "
        + "human-level intelligence");
    assertThat(seed.segments().by("yann").containing("Soisy-sous-Montmorency")).hasSize(1);
  }

  @Test
  void aTurnSplitByAPageBreakStaysOneSegment() {
    assertThat(seed.segments().containing("parallel text for every language, right, every pair of language. It's "
        + "very important for Facebook")).hasSize(1);
  }

  @Test
  void theMalformedInaudibleMarkerIsRepairedAndNoted() {
    assertThat(seed.segments().filter(s -> s.text().contains("the [inaudible] that's available"))).hasSize(1);
    assertThat(seed.diagnostics()).anyMatch(d -> d.code().equals("bracket-repair")
        && d.message().contains("{inaudible]"));
  }

  @Test
  void segmentsPointBackToTheirLine() {
    assertThat(seed.segments().speech().get(0).source().map(l -> l.line() + ":" + l.column())).contains("4:1");
  }

  @Test
  void nothingIsLost() {
    Set<String> kept = new HashSet<>();
    for (Segment s : seed.segments()) {
      addWords(kept, s.text());
      s.speaker().ifPresent(sp -> addWords(kept, sp.id()));
      s.references().forEach(r -> addWords(kept, r.value()));
      s.attributes().values().forEach(v -> addWords(kept, v));
      s.start().ifPresent(t -> kept.add(String.format(Locale.ROOT, "%02d:%02d", t.toMinutes(), t.toSecondsPart())));
    }
    for (Diagnostic d : seed.diagnostics()) {
      addWords(kept, d.message());
    }
    seed.metadata().values().forEach(v -> addWords(kept, v));
    Set<String> lost = new HashSet<>();
    for (String token : Fixtures.text(Fixtures.SEED).split("\\s+")) {
      if (token.matches("\\d\\d:\\d\\d")) {
        if (!kept.contains(token)) {
          lost.add(token);
        }
        continue;
      }
      Set<String> words = new HashSet<>();
      addWords(words, token);
      for (String w : words) {
        if (!kept.contains(w)) {
          lost.add(token);
        }
      }
    }
    assertThat(lost).isEmpty();
  }

  private static void addWords(Set<String> into, String text) {
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        into.add(w);
      }
    }
  }

  @Test
  void ligatureDamageIsRepairedAndEachRepairRecorded() {
    List<Diagnostic> repairs = seed.diagnostics().stream().filter(d -> d.code().equals("ligature-repair")).toList();
    assertThat(repairs).hasSize(335).allSatisfy(d -> {
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.INFO);
      assertThat(d.location()).isPresent();
    });
    assertThat(repairs).anySatisfy(d -> {
      assertThat(d.message()).isEqualTo("repaired \"arEficial\" to \"artificial\"");
      assertThat(d.location().map(l -> l.line() + ":" + l.column())).contains("4:65");
    });
    String all = String.join(" ", seed.segments().stream().map(Segment::text).toList());
    assertThat(all).contains("software", "left", "pretty", "better", "committee", "hitting", "getting", "attitude",
        "platform", "Convolutional", "Until", "time")
        .doesNotContain("arEficial", "quesEon", "soLware", "prehy", "hiing", "platorm", " Eme ");
  }

  /** A word is correct if the lexicon spells it so: same letters, capitals at most at its start ("sEll" is not). */
  @Test
  void repairsNeverChangeAKnownWord() {
    LigatureRepair words = LigatureRepair.create(ReadOptions.defaults());
    seed.diagnostics().stream().filter(d -> d.code().equals("ligature-repair")).forEach(d -> {
      String original = d.message().substring("repaired \"".length(), d.message().indexOf("\" to"));
      for (String part : original.split("[^\\p{L}'’]+")) {
        if (!part.isEmpty() && (!words.isWord(part) || !part.substring(1).equals(part.substring(1)
            .toLowerCase(Locale.ROOT)))) {
          return;
        }
      }
      throw new AssertionError("a correct word was changed: " + d);
    });
    assertThat(seed.diagnostics()).anyMatch(d -> d.message().equals("repaired \"sEll\" to \"still\""));
  }

  @Test
  void theCorrectNamesOfTheSeedSurvive() {
    String all = String.join(" ", seed.segments().stream().map(Segment::text).toList());
    assertThat(all).contains("SynerTek", "DjVu", "bAbI", "EuroDisney", "Eaubonne", "ImageNet", "DeepMind",
        "NETtalk");
  }

  @Test
  void damagedPhraseIsFoundByItsRepairedWords() {
    assertThat(seed.segments().containing("artificial intelligence"))
        .extracting(s -> s.start().orElseThrow())
        .containsExactly(Duration.ofSeconds(7), Duration.parse("PT52M27S"));
  }

  @Test
  void repairCanBeSwitchedOff() {
    Episode raw = Fixtures.read(Fixtures.text(Fixtures.SEED),
        ReadOptions.defaults().toBuilder().repairLigatures(false).build());
    assertThat(raw.segments().speech().get(0).text()).contains("about arEficial intelligence");
    assertThat(raw.diagnostics()).noneMatch(d -> d.code().startsWith("ligature"));
  }

  @Test
  void extraWordsProtectAWordFromRepair() {
    Episode ep = Fixtures.read(Fixtures.text(Fixtures.SEED),
        ReadOptions.defaults().toBuilder().extraWords(Set.of("Suhon")).build());
    assertThat(ep.segments().containing("Suhon")).isNotEmpty();
    assertThat(seed.segments().containing("Suhon")).isEmpty();
  }

  @Test
  void readsStrictlyBecauseEverythingItRepairsIsExpected() {
    Episode strict = Fixtures.read(Fixtures.text(Fixtures.SEED), ReadOptions.strictDefaults());
    assertThat(strict.segments()).hasSize(155);
  }

  @Test
  void theFacadeDetectsTheFormatFromTheFile() {
    Episode loaded = Colloquy.load(Fixtures.path(Fixtures.SEED));
    assertThat(loaded.segments().speech().by("yann")).hasSize(87);
    assertThat(new LabeledTextFormat().detect(org.colloquy.format.Sample.of("x.txt", Fixtures.text(Fixtures.SEED))))
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theSummaryPageSeedIsNotTakenForATranscript() {
    String page = Fixtures.text("seeds/000_a6612d57c1853cf2.txt");
    assertThat(new LabeledTextFormat().detect(org.colloquy.format.Sample.of("page.txt", page))).isLessThan(0.5);
  }
}
