package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture conventions of STYLE.md for a caption format: every {@code y_} file reads strictly, without a
 * warning, to what its {@code .expected} golden file says; every {@code n_} file is rejected in strict mode with
 * a located error. Run with {@code -Dcolloquy.updateGoldens=true} to rewrite the golden files after a reviewed
 * change.
 */
public abstract class CaptionFixtureCases {

  protected abstract Format format();

  protected final Episode read(String text, ReadOptions options) {
    return FormatRegistry.builder().add(format()).build()
        .parse(text, "fixture." + format().extensions().get(0), format().name(), options);
  }

  protected static List<String> fixtures(String folder, String prefix) {
    return CaptionFixtures.names(folder, prefix);
  }

  protected void validFileReadsStrictlyToItsGolden(String fixture) throws IOException {
    String text = CaptionFixtures.text(fixture);
    Episode strict = read(text, ReadOptions.strictDefaults());
    assertThat(strict.diagnostics()).as("diagnostics of %s", fixture)
        .allMatch(d -> d.severity() == Diagnostic.Severity.INFO);
    String rendered = CaptionFixtures.render(read(text, ReadOptions.defaults()));
    Path golden = Path.of("src/test/resources", fixture + ".expected");
    if (Boolean.getBoolean("colloquy.updateGoldens") || !Files.exists(golden)) {
      Files.writeString(golden, rendered, UTF_8);
    }
    assertThat(rendered).as("golden %s", golden).isEqualTo(Files.readString(golden, UTF_8));
  }

  protected void invalidFileIsRejectedStrictlyWithALocation(String fixture) {
    String text = CaptionFixtures.text(fixture);
    assertThatThrownBy(() -> read(text, ReadOptions.strictDefaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class, e ->
            assertThat(e.location().line()).as("line of the error").isPositive());
  }

  @Test
  void fixtureFoldersAreNotEmpty() {
    String folder = format().name();
    assertThat(fixtures(folder, "y_")).isNotEmpty();
    assertThat(fixtures(folder, "n_")).isNotEmpty();
  }
}
