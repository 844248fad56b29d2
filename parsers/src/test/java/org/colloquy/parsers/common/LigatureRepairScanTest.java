package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ReadOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link LigatureRepair#scan} reads a word once, for speed, where {@link LigatureRepair#find} takes it in several
 * steps: both must agree on every token, and repeated words (which {@code scan} remembers) must be decided as the
 * first time.
 */
class LigatureRepairScanTest {

  private static final List<String> PIECES = List.of(
      "the", "The", "question", "quesEon", "arEficial", "Eme", "eme", "leL", "prehy", "hiing", "platorm", "sEll",
      "SynerTek", "DeepMind", "bAbI", "NETtalk", "PhD", "ImageNet", "long-Eme", "self-", "and/or", "e.g.", "i.e.",
      "x", "I", "10:15", "user@host", "www.example.org", "don't", "don’t", "caf\u00e9", "na\u00efve", "\u00c9me",
      "(", ")", "\"", ".", ",", "?", "-", "[inaudible]", "{inaudible]", "h", "hi", "ih", "LL", "EE", "Eme,",
      "\u00a0", " ", "\t", "\f", "\u000b", "representation", "convolutional", "ConvoluEonal", "opEmisEc", "Suhon",
      "abcdefgh", "quesEons", "arEficially", "internaEonalizaEon", "\u0001", "a\u0001b", "na\u00efveEme", "\u4e2d-Eme",
      "\uD83D\uDE00", "Eme\u00a0Eme");

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMaxSize(12).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> paddings() {
    return Arbitraries.of("", "x", "xxxxxxxxxxxxxxxxx", " ", "\t", "ab cd", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9");
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Property(tries = 1000)
  void scanFindsTheTokenEndAndTheRepairThatFindGives(@ForAll("lines") String line,
      @ForAll("paddings") String padding) {
    LigatureRepair scanning = LigatureRepair.create(ReadOptions.defaults());
    LigatureRepair finding = LigatureRepair.create(ReadOptions.defaults());
    // The scan reads eight bytes at once: padding after the line must not count, nor a line's end in the middle.
    byte[] bytes = (line + padding).getBytes(StandardCharsets.UTF_8);
    int limit = line.getBytes(StandardCharsets.UTF_8).length;
    // Twice over, so that the second pass meets every word again.
    for (int pass = 0; pass < 2; pass++) {
      int i = 0;
      while (i < line.length()) {
        if (isBlank(line.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < line.length() && !isBlank(line.charAt(end))) {
          end++;
        }
        Optional<String> expected = finding.examine(line, i, end);
        int byteStart = utf8Length(line.substring(0, i));
        assertThat(scanning.scan(bytes, byteStart, limit)).as("end of the token at %s in %s", i, line)
            .isEqualTo(byteStart + utf8Length(line.substring(i, end)));
        assertThat(scanning.lastRepair().map(LigatureRepair.Repair::replacement)).as(line.substring(i, end))
            .isEqualTo(expected);
        i = end;
      }
    }
    assertThat(scanning.damaged()).isEqualTo(finding.damaged());
    assertThat(scanning.repairableWords()).isEqualTo(finding.repairableWords());
    assertThat(scanning.unknownWords()).isEqualTo(finding.unknownWords());
  }

  @Test
  void decisionsStayRightWhenMoreTokensComeThanTheMemoHolds() {
    // Far more distinct tokens than the memo's buckets hold, short and long, damaged and not, met three times over
    // in different orders: evicted decisions must be decided again, never confused with another token's.
    List<String> tokens = new java.util.ArrayList<>();
    String[] stems = {"Eme", "quesEon", "arEficial", "soLware", "prehy", "time", "question", "the", "representation"};
    for (int i = 0; i < 40_000; i++) {
      tokens.add(stems[i % stems.length] + (i % 3 == 0 ? "" : i % 3 == 1 ? "." : ",") + (i / stems.length % 50));
      tokens.add(stems[i % stems.length]);
    }
    LigatureRepair scanning = LigatureRepair.create(ReadOptions.defaults());
    LigatureRepair finding = LigatureRepair.create(ReadOptions.defaults());
    for (int pass = 0; pass < 3; pass++) {
      java.util.Collections.shuffle(tokens, new java.util.Random(pass));
      byte[] line = (String.join(" ", tokens) + "        ").getBytes(StandardCharsets.US_ASCII);
      int limit = line.length - 8;
      int i = 0;
      for (String token : tokens) {
        int end = scanning.scan(line, i, limit);
        assertThat(end - i).as(token).isEqualTo(token.length());
        assertThat(scanning.lastRepair().map(LigatureRepair.Repair::replacement)).as(token)
            .isEqualTo(finding.examine(token, 0, token.length()));
        i = end + 1;
      }
    }
  }

  @Test
  void aRepairCarriesTheTokenItsReplacementAndOneSharedNote() {
    LigatureRepair r = LigatureRepair.create(ReadOptions.defaults());
    char[] chars = "arEficial".toCharArray();
    LigatureRepair.Repair first = r.find(chars, 0, chars.length).orElseThrow();
    assertThat(first.original()).isEqualTo("arEficial");
    assertThat(first.replacement()).isEqualTo("artificial");
    assertThat(first.note()).isEqualTo("repaired \"arEficial\" to \"artificial\"");
    assertThat(r.find(chars, 0, chars.length).orElseThrow().note()).isSameAs(first.note());
  }

  @Test
  void aLexiconOfGivenWordsFoldsCaseTrimsBlanksAndCountsEachWordOnce() {
    Lexicon lexicon = Lexicon.of(List.of("Apple", " apple ", "pear", "", "  ", "it's", "O’Neil"));
    assertThat(lexicon.size()).isEqualTo(4);
    assertThat(lexicon.contains("APPLE")).isTrue();
    assertThat(lexicon.contains("it’s")).isTrue();
    assertThat(lexicon.contains("o'neil")).isTrue();
    assertThat(lexicon.contains("appl")).isFalse();
    assertThat(lexicon.contains("apples")).isFalse();
    assertThat(lexicon.contains("")).isFalse();
    assertThat(lexicon.contains("a pear!", 2, 6)).isTrue();
  }

  @Test
  void extraWordsAreKnownToTheScan() {
    LigatureRepair r = LigatureRepair.create(Lexicon.english(), Set.of("Suhon"));
    byte[] bytes = "Suhon and more".getBytes(StandardCharsets.US_ASCII);
    assertThat(r.scan(bytes, 0, bytes.length)).isEqualTo(5);
    assertThat(r.lastRepair()).isEmpty();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }
}
