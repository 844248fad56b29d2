package org.colloquy.parsers.srt;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.parsers.common.CaptionEpisodes;

/**
 * SubRip round trips. SubRip has no way to say "nobody" after a named speaker and no escape for markup, so the
 * generated episodes give every segment a speaker and use no angle brackets.
 */
class SrtRoundTripProperties {

  private static final FormatRegistry REGISTRY = FormatRegistry.builder().add(new SrtFormat()).build();

  @Provide
  Arbitrary<Episode> episodes() {
    return CaptionEpisodes.episodes(false, false);
  }

  @Property(tries = 200)
  void readingWhatWasWrittenKeepsSpeakersTimesAndWords(@ForAll("episodes") Episode episode) {
    String written = REGISTRY.write(episode, "srt", WriteOptions.defaults());
    Episode again = REGISTRY.parse(written, "rt.srt", "srt", ReadOptions.strictDefaults());
    assertThat(again.diagnostics()).isEmpty();
    CaptionEpisodes.assertKept(episode, again);
  }
}
