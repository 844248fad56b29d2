package org.colloquy.parsers.vtt;

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

class VttRoundTripProperties {

  private static final FormatRegistry REGISTRY = FormatRegistry.builder().add(new WebVttFormat()).build();

  @Provide
  Arbitrary<Episode> episodes() {
    return CaptionEpisodes.episodes(true, true);
  }

  @Property(tries = 200)
  void readingWhatWasWrittenKeepsSpeakersTimesAndWords(@ForAll("episodes") Episode episode) {
    String written = REGISTRY.write(episode, "vtt", WriteOptions.defaults());
    Episode again = REGISTRY.parse(written, "rt.vtt", "vtt", ReadOptions.strictDefaults());
    assertThat(again.diagnostics()).isEmpty();
    CaptionEpisodes.assertKept(episode, again);
  }

  @Property(tries = 200)
  void aVoiceOnlyOnChangeKeepsThemToo(@ForAll("episodes") Episode episode) {
    String written = REGISTRY.write(episode, "vtt", WriteOptions.defaults().with("speakerOnChangeOnly", "true"));
    Episode again = REGISTRY.parse(written, "rt.vtt", "vtt", ReadOptions.strictDefaults());
    assertThat(again.diagnostics()).isEmpty();
    CaptionEpisodes.assertKept(episode, again);
  }
}
