package org.colloquy.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatRegistryTest {

  private final FormatRegistry registry = FormatRegistry.builder().add(new ToyFormat()).build();

  @Test
  void loadDetectsTheFormatFromContent(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("talk.txt"), "TOY\nYANN: hello\n");
    Episode episode = registry.load(file, ReadOptions.defaults());
    assertThat(episode.segments().by("YANN").text()).isEqualTo("hello");
    assertThat(episode.segments().get(0).source()).get().hasToString(file + ":2:1");
  }

  @Test
  void anUndetectableInputListsEveryFormatsScore() {
    assertThatThrownBy(() -> registry.parse("just some prose", "notes.txt", ReadOptions.defaults()))
        .isInstanceOf(ColloquyException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("toy=0.00");
  }

  @Test
  void anUnknownFormatNameListsTheKnownOnes() {
    assertThatThrownBy(() -> registry.format("docx")).hasMessageContaining("\"docx\"").hasMessageContaining("toy");
    assertThatThrownBy(() -> Colloquy.load(Path.of("x.txt"), "vtt"))
        .as("core alone has no formats").hasMessageContaining("colloquy-parsers");
  }

  @Test
  void twoFormatsWithOneNameAreRejectedNamingBothClasses() {
    Format impostor = new ToyFormat() {
    };
    assertThatThrownBy(() -> FormatRegistry.builder().add(new ToyFormat()).add(impostor))
        .hasMessageContaining(ToyFormat.class.getName());
  }

  @Test
  void formatsAreDiscoveredThroughServiceLoader(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + Format.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, "# a third party's format\n" + ToyFormat.class.getName() + "\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      FormatRegistry found = FormatRegistry.builder().addDiscovered(loader).build();
      assertThat(found.formats()).extracting(Format::name).containsExactly("toy");
    }
  }

  @Test
  void aBrokenProviderIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services/" + Format.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, "com.example.MissingFormat\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> FormatRegistry.builder().addDiscovered(loader))
          .isInstanceOf(ColloquyException.class).hasMessageContaining("com.example.MissingFormat");
    }
  }

  @Test
  void writingPicksTheFormatByExtension(@TempDir Path dir) throws IOException {
    Episode episode = registry.parse("TOY\nA: one\nB: two\n", "in.toy", "toy", ReadOptions.defaults());
    Path out = dir.resolve("out.toy");
    registry.write(episode, out, WriteOptions.defaults());
    assertThat(Files.readString(out)).isEqualTo("TOY\nA: one\nB: two\n");
    assertThatThrownBy(() -> registry.write(episode, dir.resolve("out.docx"), WriteOptions.defaults()))
        .hasMessageContaining("out.docx").hasMessageContaining("toy [toy]");
  }

  @Test
  void strictReadingThrowsAtTheFirstWarningWithItsLocationAndExcerpt() {
    String text = "TOY\nA: fine\nthis line has no label\n";
    Episode lenient = registry.parse(text, "t.toy", ReadOptions.defaults());
    assertThat(lenient.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("toy-line");
      assertThat(d.location()).get().hasToString("t.toy:3:1");
    });
    assertThatThrownBy(() -> registry.parse(text, "t.toy", ReadOptions.strictDefaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.source()).isEqualTo("t.toy");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(1);
          assertThat(e.excerpt()).isEqualTo("this line has no label");
          assertThat(e.diagnostic()).isPresent();
        });
  }

  @Test
  void failNamesWhatWasExpectedAndFound() {
    assertThatThrownBy(() -> registry.parse("NOT TOY\n", "bad.toy", "toy", ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e -> {
          assertThat(e.expected()).contains("the line TOY");
          assertThat(e.found()).contains("NOT TOY");
          assertThat(e.getMessage()).isEqualTo(
              "bad.toy:1:1: expected the line TOY, found \"NOT TOY\"\n  | NOT TOY\n  | ^");
        });
  }

  @Test
  void invalidBytesAreReportedAtTheirLineAndColumn() {
    byte[] bytes = "TOY\nA: caf\u00e9 ok\nB: x".getBytes(UTF_8);
    bytes[11] = (byte) 0xFF; // the first byte of é
    Episode episode = registry.read(new ByteArrayInputStream(bytes), "b.toy", ReadOptions.defaults());
    assertThat(episode.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("invalid-encoding");
      assertThat(d.location()).get().hasToString("b.toy:2:7");
    });
    assertThat(episode.segments().get(0).text()).contains("\uFFFD");
    assertThatThrownBy(() -> registry.read(new ByteArrayInputStream(bytes), "b.toy", ReadOptions.strictDefaults()))
        .isInstanceOf(ColloquyParseException.class).hasMessageStartingWith("b.toy:2:7:");
  }

  @Test
  void utf16BigEndianWithAMarkIsDecoded() {
    byte[] text = "\uFEFFTOY\r\nA: é\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
    Episode episode = registry.read(new ByteArrayInputStream(text), "u.toy", ReadOptions.defaults());
    assertThat(episode.segments().get(0).text()).isEqualTo("é");
    assertThat(episode.diagnostics()).isEmpty();
  }

  @Test
  void longLinesAreCutInTheExcerptWithTheCaretStillRight() {
    String line = "x".repeat(500) + "!" + "y".repeat(500);
    ReadContext context = ReadContext.of("long.txt", line, ReadOptions.defaults());
    ColloquyParseException e = context.fail(1, 501, "no bang", "!");
    assertThat(e.excerpt()).startsWith("…").endsWith("…").hasSizeLessThan(110);
    String[] lines = e.getMessage().split("\n");
    assertThat(lines[1].indexOf('!')).isEqualTo(lines[2].indexOf('^'));
  }
}
