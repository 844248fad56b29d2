package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RareCharsTest {

  private static final String[] WANTED = {"  ", "\t", "<"};

  @Test
  void aStringStartingInTheRangeIsFoundAndOneStartingAfterItIsNot() {
    RareChars rare = new RareChars("ab  cd\tef<", WANTED);
    assertThat(rare.find(0, 0, 3)).isEqualTo(2);
    assertThat(rare.find(0, 3, 10)).isEqualTo(-1);
    assertThat(rare.find(1, 0, 6)).isEqualTo(-1);
    assertThat(rare.find(1, 0, 7)).isEqualTo(6);
    assertThat(rare.noneIn(3, 7, 9)).isTrue();
    assertThat(rare.noneIn(3, 7, 10)).isFalse();
  }

  @Test
  void anEmptyRangeHoldsNothing() {
    RareChars rare = new RareChars("<<", WANTED);
    assertThat(rare.find(2, 1, 1)).isEqualTo(-1);
    assertThat(rare.noneIn(3, 0, 0)).isTrue();
  }

  /** Texts of several windows, asked about in order as readers do and at random, answer as a plain search. */
  @Property(tries = 40)
  void answersAsAPlainSearchAcrossWindows(@ForAll @IntRange(min = 0, max = 200_000) int length,
      @ForAll long seed) {
    Random random = new Random(seed);
    int density = 1 + random.nextInt(20_000);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int r = random.nextInt(density);
      text.append(r == 0 ? '\t' : r == 1 ? '<' : r < 4 + density / 8 ? ' ' : 'x');
    }
    String s = text.toString();
    RareChars rare = new RareChars(s, WANTED);
    int from = 0;
    for (int q = 0; q < 2_000; q++) {
      if (random.nextInt(10) == 0 || from >= length) {
        from = length == 0 ? 0 : random.nextInt(length);
      }
      int to = Math.min(length, from + random.nextInt(random.nextInt(10) == 0 ? 70_000 : 200));
      int k = random.nextInt(WANTED.length);
      assertThat(rare.find(k, from, to)).as("%s in [%s, %s)", k, from, to).isEqualTo(plain(s, WANTED[k], from, to));
      from = to + random.nextInt(3);
    }
  }

  private static int plain(String s, String wanted, int from, int to) {
    int at = s.indexOf(wanted, from);
    return at >= 0 && at < to ? at : -1;
  }
}
