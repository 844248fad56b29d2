package org.colloquy.parsers.vtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.ReadOptions.SpeakerCarry;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CaptionFixtureCases;
import org.colloquy.parsers.common.CaptionFixtures;
import org.colloquy.parsers.srt.SrtFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WebVttFormatTest extends CaptionFixtureCases {

  @Override
  protected Format format() {
    return new WebVttFormat();
  }

  static List<String> validFiles() {
    return fixtures("vtt", "y_");
  }

  static List<String> invalidFiles() {
    return fixtures("vtt", "n_");
  }

  @ParameterizedTest
  @MethodSource("validFiles")
  void validFilesReadStrictlyToTheirGoldens(String fixture) throws IOException {
    validFileReadsStrictlyToItsGolden(fixture);
  }

  @ParameterizedTest
  @MethodSource("invalidFiles")
  void invalidFilesAreRejectedStrictly(String fixture) {
    invalidFileIsRejectedStrictlyWithALocation(fixture);
  }

  private Episode vtt(String fixture) {
    return read(CaptionFixtures.text("vtt/" + fixture), ReadOptions.defaults());
  }

  private static List<String> speakers(Episode episode) {
    return episode.segments().stream().map(s -> s.speaker().map(Speaker::id).orElse("-")).toList();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Zo\u00eb/\u03a9mega", "Zoe/Omega"})
  void voiceTagsMetBeforeAndNewOnesNameTheSameSpeakersAsTheTagReaderDoes(String names) {
    // With two names beyond ASCII the text is read as characters, with two in ASCII as bytes alone.
    String zoe = names.split("/")[0];
    String omega = names.split("/")[1];
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    String[] payloads = {"<v Ann>one", "<v Ann Lee>two", "<v Ann>three", "<v.loud Ann>four", "<v Ann  Lee>five",
        "<v " + zoe + ">six", "<v " + omega + ">seven", "<v Ann>eight</v>", "<v>nine", "<v Ann Lee>ten\nmore",
        "<v " + omega + ">eleven", "<v " + zoe + ">twelve", "<v Ann>thirteen &amp; on",
        "<v Ann>fourteen <i>it</i>", "<v Ann> fifteen  ", "<v Ann Lee Jr>sixteen"};
    for (int i = 0; i < payloads.length; i++) {
      vtt.append(String.format("00:00:%02d.000 --> 00:00:%02d.500%n%s%n%n", i, i, payloads[i]));
    }
    Episode episode = read(vtt.toString(), ReadOptions.defaults().toBuilder()
        .speakerCarry(SpeakerCarry.PER_SEGMENT).build());
    assertThat(speakers(episode)).containsExactly("Ann", "Ann Lee", "Ann", "Ann", "Ann Lee", zoe, omega, "Ann",
        "-", "Ann Lee", omega, zoe, "Ann", "Ann", "Ann", "Ann Lee Jr");
    assertThat(episode.segments()).extracting(Segment::text).containsExactly("one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten more", "eleven", "twelve", "thirteen & on", "fourteen it",
        "fifteen", "sixteen");
  }

  @Test
  void aLastBlockOfOneLineThatIsNotACueIsDroppedWithAWarning() {
    for (String text : List.of("WEBVTT\n\nstray text\n", "WEBVTT\n\n1\n", "WEBVTT\n\n00:00:01.000\n")) {
      Episode episode = read(text, ReadOptions.defaults());
      assertThat(episode.segments()).as(text).isEmpty();
      assertThat(episode.diagnostics()).as(text).extracting(Diagnostic::code).containsExactly("dropped-block");
    }
  }

  @Test
  void zoomNamePrefixesBecomeSpeakersAndLeaveTheText() {
    Episode episode = vtt("y_zoom.vtt");
    assertThat(speakers(episode)).containsExactly("Anna Berg", "Anna Berg", "Ravi Patel", "Ravi Patel",
        "Anna Berg");
    assertThat(episode.segments().get(2).text()).isEqualTo("Sure, revenue is up twelve percent.");
    assertThat(episode.segments().get(0).id()).hasValue("1");
  }

  @Test
  void teamsVoicesNameTheSpeakersAndGuidIdentifiersDoNot() {
    Episode episode = vtt("y_teams.vtt");
    assertThat(speakers(episode)).containsExactly("Maria Lopez", "Tom Nguyen", "Maria Lopez");
    assertThat(episode.segments().get(2).text()).isEqualTo("Perfect. Let's go through the agenda for today.");
  }

  @Test
  void podcastingVoicesCarryForwardToCuesWithoutOne() {
    assertThat(speakers(vtt("y_podcasting20.vtt"))).containsExactly("Host", "Host", "Guest", "Guest", "Host");
  }

  @Test
  void anEmptyVoiceOnASoundCueEndsTheCarriedSpeaker() {
    Episode episode = read("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Alice>Hello\n\n"
        + "00:01.000 --> 00:02.000\n<v>[laughs]\n\n00:02.000 --> 00:03.000\nwho was that\n", ReadOptions.defaults());
    assertThat(speakers(episode)).containsExactly("Alice", "-", "-");
    assertThat(episode.segments().get(1).kind()).isEqualTo(Segment.Kind.SOUND);
  }

  @Test
  void perSegmentCarryLeavesUnmarkedCuesWithoutASpeaker() {
    ReadOptions perSegment = ReadOptions.defaults().toBuilder().speakerCarry(SpeakerCarry.PER_SEGMENT).build();
    Episode episode = read(CaptionFixtures.text("vtt/y_podcasting20.vtt"), perSegment);
    assertThat(speakers(episode)).containsExactly("Host", "-", "Guest", "-", "Host");
  }

  @Test
  void whisperxSpeakerIdsAreSpeakers() {
    Episode episode = vtt("y_whisperx.vtt");
    assertThat(speakers(episode)).containsExactly("SPEAKER_00", "SPEAKER_01", "SPEAKER_01");
    assertThat(episode.segments().get(1).text()).isEqualTo("Honestly, it was an accident.");
  }

  @Test
  void aCueIdentifierShapedLikeANameIsTheSpeaker() {
    assertThat(speakers(vtt("y_speaker-in-id.vtt"))).containsExactly("Judge Harper", "Counsel", "Judge Harper");
  }

  @Test
  void twoVoicesInOneCueBecomeTwoSegmentsAndMusicIsNotSpeech() {
    Episode episode = vtt("y_two-voices-and-music.vtt");
    assertThat(speakers(episode)).containsExactly("Alice", "Bob", "-", "Bob");
    assertThat(episode.segments().get(2).kind()).isEqualTo(Segment.Kind.MUSIC);
  }

  @Test
  void markupIsRemovedAndCharacterReferencesDecoded() {
    Episode episode = vtt("y_settings-regions-notes.vtt");
    assertThat(episode.segments().get(0).text()).isEqualTo("Listen & learn <now> please.");
    assertThat(episode.segments().get(0).speaker().map(Speaker::id)).hasValue("Dana Cole");
    assertThat(episode.segments().get(1).text()).isEqualTo("Italic and bold and under coloured colour 漢.");
  }

  @Test
  void cueSettingsRegionsNotesAndStylesAreKept() {
    Episode episode = vtt("y_settings-regions-notes.vtt");
    assertThat(episode.segments().get(0).attributes()).containsEntry("line", "0")
        .containsEntry("position", "20%,line-left").containsEntry("align", "start").containsEntry("size", "60%");
    assertThat(episode.segments().get(1).attributes()).containsEntry("region", "bottom")
        .containsEntry("vertical", "rl");
    assertThat(episode.metadata()).containsKeys("vtt.region.bottom", "vtt.style.1", "vtt.note.1")
        .containsEntry("vtt.header", "- settings, regions and comments");
  }

  @Test
  void youtubeWordTimesBecomeWordsAndRollingLinesAreNotRepeated() {
    Episode episode = vtt("y_youtube-auto.vtt");
    assertThat(episode.segments()).extracting(Segment::text)
        .containsExactly("welcome to the show", "today we talk about captions");
    assertThat(episode.language()).hasValue("en");
    List<Word> words = episode.segments().get(1).words();
    assertThat(words).extracting(Word::text).containsExactly("today", "we", "talk", "about", "captions");
    assertThat(words.get(1).start()).hasValue(Duration.ofMillis(3300));
    assertThat(words.get(1).end()).hasValue(Duration.ofMillis(3640));
    assertThat(words.get(4).end()).hasValue(Duration.ofMillis(5110));
  }

  @Test
  void lenientTimestampsAreReadWithAWarningEach() {
    Episode episode = vtt("i_lenient-timestamps.vtt");
    assertThat(episode.segments()).extracting(s -> s.start().orElseThrow().toMillis())
        .containsExactly(1000L, 3000L, 5000L, 7000L);
    assertThat(episode.segments().get(0).end()).hasValue(Duration.ofMillis(2500));
    assertThat(episode.diagnostics()).filteredOn(d -> d.code().equals("lenient-timestamp")).hasSize(3)
        .allMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
  }

  @Test
  void aMissingSignatureIsRejectedEvenWhenLenient() {
    assertThatThrownBy(() -> vtt("n_missing-signature.vtt")).isInstanceOf(ColloquyParseException.class);
  }

  @Test
  void detectionTellsWebVttFromSrtWithAndWithoutAByteOrderMark() {
    String vtt = CaptionFixtures.text("vtt/y_zoom.vtt");
    String srt = CaptionFixtures.text("srt/y_speakers.srt");
    for (String bom : List.of("", "\uFEFF")) {
      assertThat(new WebVttFormat().detect(Sample.of("x", bom + vtt))).isGreaterThan(0.9);
      assertThat(new SrtFormat().detect(Sample.of("x", bom + vtt))).isLessThan(FormatRegistry.THRESHOLD);
      assertThat(new WebVttFormat().detect(Sample.of("x", bom + srt))).isZero();
      assertThat(FormatRegistry.builder().add(new WebVttFormat()).add(new SrtFormat()).build()
          .detect(Sample.of("", bom + vtt)).name()).isEqualTo("vtt");
    }
  }

  @Test
  void writtenCuesCarryAVoiceEachAndReadBackStrictlyWithoutDiagnostics() {
    Episode episode = vtt("y_zoom.vtt");
    String written = FormatRegistry.builder().add(new WebVttFormat()).build()
        .write(episode, "vtt", WriteOptions.defaults());
    assertThat(written).startsWith("WEBVTT\n\n").contains("<v Anna Berg>Thanks everyone")
        .contains("<v Anna Berg>Let&#39;s".replace("&#39;", "'"));
    Episode again = read(written, ReadOptions.strictDefaults());
    assertThat(again.diagnostics()).isEmpty();
    assertThat(speakers(again)).isEqualTo(speakers(episode));
  }

  @Test
  void speakerOnChangeOnlyWritesTheVoiceWhenTheSpeakerChanges() {
    Episode episode = vtt("y_zoom.vtt");
    String written = FormatRegistry.builder().add(new WebVttFormat()).build()
        .write(episode, "vtt", WriteOptions.defaults().with("speakerOnChangeOnly", "true"));
    assertThat(written.split("<v ", -1)).hasSize(4);
    assertThat(speakers(read(written, ReadOptions.strictDefaults()))).isEqualTo(speakers(episode));
  }

  @Test
  void longSegmentsAreSplitIntoCuesAtWordBoundariesWithProportionalTimes() {
    Speaker ann = Speaker.of("Ann");
    String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        + "sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour";
    Episode episode = Episode.builder().addSpeaker(ann).addSegment(Segment.builder().speaker(ann)
        .start(Duration.ZERO).end(Duration.ofSeconds(20)).text(text).build()).build();
    String written = FormatRegistry.builder().add(new WebVttFormat()).build()
        .write(episode, "vtt", WriteOptions.defaults());
    Episode again = read(written, ReadOptions.strictDefaults());
    assertThat(again.segments().size()).isGreaterThanOrEqualTo(3);
    assertThat(String.join(" ", again.segments().stream().map(Segment::text).toList())).isEqualTo(text);
    for (Segment s : again.segments()) {
      assertThat(s.duration().orElseThrow()).isLessThanOrEqualTo(Duration.ofSeconds(7));
      assertThat(s.speaker()).hasValue(ann);
    }
    for (String line : written.split("\n")) {
      assertThat(line.replace("<v Ann>", "").length()).isLessThanOrEqualTo(42);
    }
    assertThat(again.segments().get(again.segments().size() - 1).end()).hasValue(Duration.ofSeconds(20));
  }

  /** The fixed-place reading of timestamps must not stop at 99 hours, nor a known voice skip a new one's checks. */
  @Test
  void cuesPastNinetyNineHoursKeepTheirTimesAndVoices() {
    Episode episode = read("WEBVTT\n\n99:59:59.000 --> 100:00:01.500\n<v Ann Lee>Still here.\n\n"
        + "100:00:02.000 --> 100:00:03.000\n<v Ann Lee>Again.\n\n"
        + "100:00:04.000 --> 100:00:05.000\n<v Bo>Done.\n", ReadOptions.strictDefaults());
    assertThat(episode.segments()).extracting(s -> s.start().orElseThrow()).containsExactly(
        Duration.ofHours(99).plusMinutes(59).plusSeconds(59), Duration.ofHours(100).plusSeconds(2),
        Duration.ofHours(100).plusSeconds(4));
    assertThat(episode.segments().get(0).end()).contains(Duration.ofHours(100).plusMillis(1500));
    assertThat(episode.segments()).extracting(s -> s.speaker().map(Speaker::id).orElse("-"))
        .containsExactly("Ann Lee", "Ann Lee", "Bo");
  }
}
