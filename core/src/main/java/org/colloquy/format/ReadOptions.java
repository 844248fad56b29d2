package org.colloquy.format;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to read a source. Immutable; start from {@link #defaults()} or {@link #strictDefaults()} and change what you
 * need with {@link #toBuilder()}.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().toBuilder().knownSpeakers(List.of("Q", "A")).build();
 * }</pre>
 */
public final class ReadOptions {

  /** Whose speaker a cue or line without one belongs to. */
  public enum SpeakerCarry {
    /** A segment without a speaker mark belongs to the last speaker marked (as Podcasting 2.0 intends). */
    CARRY_FORWARD,
    /** Only segments that mark their speaker have one. */
    PER_SEGMENT
  }

  private static final ReadOptions DEFAULTS = new Builder().build();
  private static final ReadOptions STRICT = new Builder().strict(true).build();

  private final boolean strict;
  private final ImmutableList<String> knownSpeakers;
  private final boolean repairLigatures;
  private final ImmutableSet<String> extraWords;
  private final SpeakerCarry speakerCarry;
  private final ImmutableMap<String, String> formatOptions;

  private ReadOptions(Builder b) {
    this.strict = b.strict;
    this.knownSpeakers = ImmutableList.copyOf(b.knownSpeakers);
    this.repairLigatures = b.repairLigatures;
    this.extraWords = ImmutableSet.copyOf(b.extraWords);
    this.speakerCarry = b.speakerCarry;
    this.formatOptions = ImmutableMap.copyOf(b.formatOptions);
  }

  /** Lenient reading: problems become diagnostics on the episode. */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** Strict reading: the first warning or error throws {@link ColloquyParseException}. */
  public static ReadOptions strictDefaults() {
    return STRICT;
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder()
        .strict(strict)
        .knownSpeakers(knownSpeakers)
        .repairLigatures(repairLigatures)
        .extraWords(extraWords)
        .speakerCarry(speakerCarry)
        .formatOptions(formatOptions);
  }

  /** Whether the first warning or error throws instead of becoming a diagnostic. */
  public boolean strict() {
    return strict;
  }

  /**
   * Speaker labels the caller knows to be speakers. They are always recognised, however rarely they occur, and
   * take precedence over guessing.
   */
  public List<String> knownSpeakers() {
    return knownSpeakers;
  }

  /** Whether to repair text damaged by PDF extraction (lost ligatures); on by default. */
  public boolean repairLigatures() {
    return repairLigatures;
  }

  /** Words to treat as correct English in addition to the built-in word list (names, jargon). */
  public Set<String> extraWords() {
    return extraWords;
  }

  /** Whose a segment without a speaker mark is; {@link SpeakerCarry#CARRY_FORWARD} by default. */
  public SpeakerCarry speakerCarry() {
    return speakerCarry;
  }

  /** A format-specific option, by the name its format documents. */
  public Optional<String> formatOption(String name) {
    return Optional.ofNullable(formatOptions.get(name));
  }

  /** All format-specific options. Unmodifiable. */
  public Map<String, String> formatOptions() {
    return formatOptions;
  }

  @Override
  public String toString() {
    return "ReadOptions[strict=" + strict + ", knownSpeakers=" + knownSpeakers + ", repairLigatures="
        + repairLigatures + ", extraWords=" + extraWords.size() + ", speakerCarry=" + speakerCarry
        + ", formatOptions=" + formatOptions + "]";
  }

  /** Builds {@link ReadOptions}. */
  public static final class Builder {
    private boolean strict;
    private List<String> knownSpeakers = List.of();
    private boolean repairLigatures = true;
    private Set<String> extraWords = Set.of();
    private SpeakerCarry speakerCarry = SpeakerCarry.CARRY_FORWARD;
    private Map<String, String> formatOptions = Map.of();

    private Builder() {}

    /** Whether the first warning or error throws. */
    public Builder strict(boolean newStrict) {
      this.strict = newStrict;
      return this;
    }

    /** Speaker labels known to be speakers. */
    public Builder knownSpeakers(List<String> labels) {
      this.knownSpeakers = ImmutableList.copyOf(labels);
      return this;
    }

    /** Whether to repair lost ligatures. */
    public Builder repairLigatures(boolean repair) {
      this.repairLigatures = repair;
      return this;
    }

    /** Extra correct words for repairs. */
    public Builder extraWords(Set<String> words) {
      this.extraWords = ImmutableSet.copyOf(words);
      return this;
    }

    /** The speaker carry policy. */
    public Builder speakerCarry(SpeakerCarry carry) {
      this.speakerCarry = requireNonNull(carry, "carry");
      return this;
    }

    /** Sets one format-specific option. */
    public Builder formatOption(String name, String value) {
      this.formatOptions = ImmutableMap.<String, String>builder().putAll(formatOptions).put(name, value)
          .buildKeepingLast();
      return this;
    }

    /** Replaces all format-specific options. */
    public Builder formatOptions(Map<String, String> options) {
      this.formatOptions = ImmutableMap.copyOf(options);
      return this;
    }

    /** The options. */
    public ReadOptions build() {
      return new ReadOptions(this);
    }
  }
}
