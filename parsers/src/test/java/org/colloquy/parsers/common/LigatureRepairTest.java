package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.colloquy.format.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LigatureRepairTest {

  private static Optional<String> examine(LigatureRepair r, String token) {
    return r.examine(token, 0, token.length());
  }

  private static LigatureRepair fresh() {
    return LigatureRepair.create(ReadOptions.defaults());
  }

  @ParameterizedTest
  @CsvSource({
    "arEficial, artificial", "quesEon, question", "Eme, time", "UnEl, Until", "soLware, software", "leL, left",
    "prehy, pretty", "beher, better", "commihee, committee", "hiing, hitting", "geing, getting",
    "aitude, attitude", "platorm, platform", "'quesEon,', 'question,'", "long-Eme, long-time",
    "ConvoluEonal, Convolutional", "sEll, still", "opEmisEc, optimistic", "ahenEon, attention",
  })
  void repairsEachLostLigatureKeepingCapitalisationAndPunctuation(String damaged, String repaired) {
    assertThat(examine(fresh(), damaged)).contains(repaired);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SynerTek", "DjVu", "bAbI", "EuroDisney", "MatLab", "ImageNet", "DeepMind", "YouTube",
      "PhD", "NETtalk", "Eaubonne", "time", "Time", "little", "ESIEE", "NYU", "https://eye-on.ai/x", "5999282fc3",
      "Lecun", "Léon", "Yann’s", "that's"})
  void correctWordsAndNamesAreNeverChanged(String word) {
    assertThat(examine(fresh(), word)).isEmpty();
  }

  @Test
  void namesSurviveInADamagedDocument() {
    LigatureRepair r = fresh();
    for (String damaged : List.of("arEficial", "quesEon", "soLware", "prehy", "hiing", "platorm")) {
      assertThat(examine(r, damaged)).isPresent();
    }
    assertThat(r.damaged()).isTrue();
    for (String name : List.of("SynerTek", "DjVu", "bAbI", "EuroDisney", "MatLab", "ImageNet", "DeepMind",
        "YouTube", "PhD", "NETtalk", "Eaubonne")) {
      assertThat(examine(r, name)).as(name).isEmpty();
    }
  }

  @Test
  void aFewOddWordsDoNotMakeADocumentDamaged() {
    LigatureRepair r = fresh();
    examine(r, "prehy");
    examine(r, "Vapnik");
    examine(r, "Sejnowski");
    assertThat(r.damaged()).isFalse();
  }

  @Test
  void damageNeedsTheCapitalLetterSignature() {
    LigatureRepair r = fresh();
    for (String w : List.of("prehy", "beher", "commihee", "hiing")) {
      examine(r, w);
    }
    assertThat(r.repairableWords()).isEqualTo(4);
    assertThat(r.damaged()).isFalse();
  }

  @Test
  void extraWordsAreKnownWords() {
    LigatureRepair r = LigatureRepair.create(ReadOptions.defaults().toBuilder().extraWords(Set.of("Suhon")).build());
    assertThat(examine(r, "Suhon")).isEmpty();
    assertThat(examine(fresh(), "Suhon")).contains("Sutton");
  }

  @Test
  void theWordListIsLoadedOnceAndKnowsEnglish() {
    assertThat(Lexicon.english()).isSameAs(Lexicon.english());
    assertThat(Lexicon.english().size()).isGreaterThan(70_000);
    assertThat(Lexicon.english().contains("Question")).isTrue();
    assertThat(Lexicon.english().contains("quesEon")).isFalse();
    assertThat(Lexicon.english().contains("xx abc", 3, 6)).isTrue();
  }

  @Test
  void theWordListShipsItsLicence() {
    assertThat(Lexicon.class.getResource("english-words-LICENSE.txt")).isNotNull();
  }
}
