package org.colloquy.parsers.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicSplitterTest {

  private static List<String> split(String line) {
    return TopicSplitter.split(List.of(line), -1).topics();
  }

  @ParameterizedTest(name = "{0} splits before {1}")
  @CsvSource(delimiter = '|', value = {
      "ethics for AIDeep learning history | Deep learning history",
      "succeeded despite theoryNeural networks | Neural networks",
      "what happened in 2019The road ahead | The road ahead",
      "limits of scaling lawsOpenAI's strategy | OpenAI's strategy",
  })
  void aCapitalisedWordGluedToAWordAcronymOrNumberStartsATopic(String line, String second) {
    assertThat(split(line)).hasSize(2).last().isEqualTo(second);
  }

  @ParameterizedTest(name = "{0} stays whole")
  @CsvSource(delimiter = '|', value = {
      "Deep learning history, ConvNets, and why",
      "YouTube, LeCun and McDonald",
      "the iPhone, eBay and macOS",
      "CNNs, GANs and LLMs",
      "Symbolic AI vs. continuous learning",
  })
  void camelCaseWordsAcronymPluralsAndLowerCasePrefixesStayWhole(String line) {
    assertThat(split(line)).containsExactly(line);
  }

  @Test
  void anAnnouncedCountAlsoSplitsAtCapitalisedWordsWhenThatMakesItExact() {
    TopicSplitter.Split split = TopicSplitter.split(List.of("A walk in ParisThe river at nightBridges"), 3);

    assertThat(split.topics()).containsExactly("A walk in Paris", "The river at night", "Bridges");
    assertThat(split.usedPossible()).isTrue();
  }

  @Test
  void anAnnouncedCountThatCapitalisedWordsCannotMeetExactlyKeepsTheSureSplit() {
    // Two capitalised boundaries (Paris|The, You|Tube) but only one is wanted: the evidence cannot choose.
    TopicSplitter.Split split = TopicSplitter.split(List.of("Life in ParisThe YouTube yearsand moreDeep dives"), 3);

    assertThat(split.topics()).containsExactly("Life in ParisThe YouTube yearsand more", "Deep dives");
    assertThat(split.usedPossible()).isFalse();
  }

  @Test
  void linesThatAlreadyMatchTheAnnouncedCountAreNotSplit() {
    assertThat(TopicSplitter.split(List.of("Scaling lawsOpenAI", "Robots"), 2).topics())
        .containsExactly("Scaling lawsOpenAI", "Robots");
  }

  @Test
  void theSeedsTopicLineSplitsIntoSevenAtSixSureBoundaries() {
    String seedLine = Fixtures.text(Fixtures.SEED).lines()
        .filter(l -> l.startsWith("Value alignment")).findFirst().orElseThrow();

    TopicSplitter.Split split = TopicSplitter.split(List.of(seedLine), -1);

    assertThat(split.topics()).hasSize(7);
    assertThat(split.sure()).isEqualTo(6);
    assertThat(split.possible()).isEqualTo(1);
  }
}
