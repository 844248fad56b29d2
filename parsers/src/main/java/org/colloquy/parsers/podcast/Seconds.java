package org.colloquy.parsers.podcast;

import java.math.BigDecimal;
import java.time.Duration;

/** Offsets written as the Podcasting 2.0 files write them: decimal seconds, exact to the nanosecond. */
final class Seconds {

  private Seconds() {}

  /** {@code 62.5} for 1 min 2.5 s; {@code 0} for zero; never an exponent. */
  static String of(Duration offset) {
    BigDecimal seconds = BigDecimal.valueOf(offset.toNanos(), 9).stripTrailingZeros();
    return seconds.signum() == 0 ? "0" : seconds.toPlainString();
  }
}
