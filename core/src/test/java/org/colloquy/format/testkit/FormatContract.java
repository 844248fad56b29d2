package org.colloquy.format.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every format keeps, as a test base to extend: whatever bytes it is given, reading ends in an
 * {@link Episode} or a {@link ColloquyException} — never another exception, never a hang — in lenient and in
 * strict mode; line ends, a byte order mark and the size of reads do not change the result; and a writable format
 * writes what it reads back to the same text.
 *
 * <pre>{@code
 * class SrtContractTest extends FormatContract {
 *   protected Format format() { return new SrtFormat(); }
 *   protected List<String> validSamples() { return List.of(Fixtures.text("srt/y_basic.srt")); }
 * }
 * }</pre>
 */
public abstract class FormatContract {

  /** How long one read may take before it counts as a hang. */
  protected static final Duration BOUND = Duration.ofSeconds(20);

  /** The format under test. */
  protected abstract Format format();

  /** A few valid inputs of the format, as text; the first is used where one is enough. */
  protected abstract List<String> validSamples();

  private FormatRegistry registry() {
    return FormatRegistry.builder().add(format()).build();
  }

  private String sourceName() {
    List<String> extensions = format().extensions();
    return "contract-input" + (extensions.isEmpty() ? "" : "." + extensions.get(0));
  }

  /** Reads {@code bytes} in this format and returns the episode; our exceptions pass through. */
  protected final Episode read(byte[] bytes, ReadOptions options) {
    return read(new ByteArrayInputStream(bytes), options);
  }

  private Episode read(InputStream in, ReadOptions options) {
    return registry().read(in, sourceName(), format().name(), options);
  }

  /** Asserts that reading {@code bytes}, lenient and strict, ends in an episode or our exception, in time. */
  protected final void assertEndsWell(byte[] bytes) {
    for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.strictDefaults())) {
      assertTimeoutPreemptively(BOUND, () -> {
        try {
          assertThat(read(bytes, options)).isNotNull();
        } catch (ColloquyException expected) {
          assertThat(expected.getMessage()).isNotBlank();
          if (isProgrammingError(expected.getCause())) {
            throw new AssertionError(format().name() + " turned " + expected.getCause() + " into " + expected
                + " for input " + preview(bytes) + (options.strict() ? " (strict)" : " (lenient)"), expected);
          }
        } catch (RuntimeException | StackOverflowError e) {
          throw new AssertionError(format().name() + " let " + e.getClass().getName() + " escape for input "
              + preview(bytes) + (options.strict() ? " (strict)" : " (lenient)"), e);
        }
      }, () -> format().name() + " did not finish within " + BOUND + " on input " + preview(bytes));
    }
  }

  /** A cause that no input should bring about: a reader's safety net caught a bug. */
  private static boolean isProgrammingError(@Nullable Throwable cause) {
    return cause instanceof IndexOutOfBoundsException || cause instanceof NullPointerException
        || cause instanceof ClassCastException || cause instanceof ArithmeticException
        || cause instanceof NegativeArraySizeException || cause instanceof IllegalStateException;
  }

  private static String preview(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, 120), UTF_8);
    return "\"" + text.replace("\n", "\\n") + (bytes.length > 120 ? "…\" (" + bytes.length + " bytes)" : "\"");
  }

  private byte[] first() {
    List<String> samples = validSamples();
    assertThat(samples).as("validSamples() of " + format().name()).isNotEmpty();
    return samples.get(0).getBytes(UTF_8);
  }

  @Test
  void validSamplesAreRead() {
    for (String sample : validSamples()) {
      assertThatCode(() -> read(sample.getBytes(UTF_8), ReadOptions.defaults())).doesNotThrowAnyException();
    }
  }

  @Test
  void validSamplesAreDetectedAsThisFormat() {
    for (String sample : validSamples()) {
      assertThat(format().detect(Sample.of(sourceName(), sample)))
          .as("confidence of %s for its own sample", format().name())
          .isGreaterThanOrEqualTo(FormatRegistry.THRESHOLD);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n", "\n\n\n", " \t \n\r\n  ", "\uFEFF", "\u0000", "{", "[", "<", "-->", ":"})
  void tinyInputsEndWell(String input) {
    assertEndsWell(input.getBytes(UTF_8));
  }

  @Test
  void byteOrderMarkIsIgnored() {
    byte[] plain = first();
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    assertThat(read(marked, ReadOptions.defaults())).isEqualTo(read(plain, ReadOptions.defaults()));
  }

  @Test
  void utf16WithByteOrderMarkReadsLikeUtf8() {
    String text = validSamples().get(0);
    byte[] utf16 = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(read(utf16, ReadOptions.defaults())).isEqualTo(read(first(), ReadOptions.defaults()));
  }

  @Test
  void crlfAndCrLineEndsReadLikeLf() {
    String text = validSamples().get(0);
    Episode lf = read(text.getBytes(UTF_8), ReadOptions.defaults());
    assertThat(read(text.replace("\n", "\r\n").getBytes(UTF_8), ReadOptions.defaults())).isEqualTo(lf);
    assertThat(read(text.replace("\n", "\r").getBytes(UTF_8), ReadOptions.defaults())).isEqualTo(lf);
  }

  @Test
  void readingOneByteAtATimeGivesTheSameEpisode() {
    byte[] bytes = first();
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertThat(read(trickle, ReadOptions.defaults())).isEqualTo(read(bytes, ReadOptions.defaults()));
  }

  @Test
  void invalidUtf8EndsWellAndIsReportedWhenLenient() {
    byte[] plain = first();
    int middle = plain.length / 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, middle);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    out.write(plain, middle, plain.length - middle);
    byte[] broken = out.toByteArray();
    assertEndsWell(broken);
    try {
      Episode episode = read(broken, ReadOptions.defaults());
      assertThat(episode.diagnostics()).anyMatch(d -> d.code().equals("invalid-encoding"));
    } catch (ColloquyException e) {
      // The replacement character may itself make the input unreadable; that is an acceptable end.
    }
  }

  @Test
  void aTenMegabyteLineEndsWell() {
    byte[] line = "a".repeat(10 * 1024 * 1024).getBytes(UTF_8);
    assertEndsWell(line);
    byte[] sample = first();
    byte[] appended = new byte[sample.length + 1 + line.length];
    System.arraycopy(sample, 0, appended, 0, sample.length);
    appended[sample.length] = '\n';
    System.arraycopy(line, 0, appended, sample.length + 1, line.length);
    assertEndsWell(appended);
  }

  @Test
  void truncatedSamplesEndWell() {
    for (String sample : validSamples()) {
      byte[] bytes = sample.getBytes(UTF_8);
      for (int cut = 1; cut < bytes.length; cut += Math.max(1, bytes.length / 25)) {
        assertEndsWell(java.util.Arrays.copyOf(bytes, cut));
      }
      // A file that ends after any of its lines, line end included, as a partly written file does.
      for (int cut = 1; cut < bytes.length; cut++) {
        if (bytes[cut - 1] == '\n') {
          assertEndsWell(java.util.Arrays.copyOf(bytes, cut));
        }
      }
    }
  }

  @Property(tries = 150)
  void mutatedSamplesEndWell(@ForAll long seed) {
    Random random = new Random(seed);
    List<String> samples = validSamples();
    byte[] bytes = samples.get(random.nextInt(samples.size())).getBytes(UTF_8);
    int mutations = 1 + random.nextInt(6);
    for (int i = 0; i < mutations; i++) {
      bytes = mutate(bytes, random);
    }
    assertEndsWell(bytes);
  }

  private static final String[] SPLICES = {
    "\n", "\n\n", ":", "-->", " --> ", "00:00", "99:99:99,999", "-1", "<", ">", "</", "&", "&#", "{", "}", "[",
    "]", "\"", "\\", ",", ".", "\t", "\u0000", "\uFFFD", "é", "😀", "NaN", "1e999", "-0", "null", "true", " ",
  };

  private static byte[] mutate(byte[] bytes, Random random) {
    List<Byte> out = new ArrayList<>(bytes.length + 16);
    for (byte b : bytes) {
      out.add(b);
    }
    int at = out.isEmpty() ? 0 : random.nextInt(out.size() + 1);
    switch (random.nextInt(6)) {
      case 0 -> { // delete a run
        int len = Math.min(out.size() - at, 1 + random.nextInt(40));
        out.subList(at, at + len).clear();
      }
      case 1 -> { // insert a token that matters to some format
        byte[] splice = SPLICES[random.nextInt(SPLICES.length)].getBytes(UTF_8);
        for (int i = splice.length - 1; i >= 0; i--) {
          out.add(at, splice[i]);
        }
      }
      case 2 -> { // random bytes
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
          out.add(at, (byte) random.nextInt(256));
        }
      }
      case 3 -> { // duplicate a run
        int len = Math.min(out.size() - at, 1 + random.nextInt(200));
        out.addAll(at, new ArrayList<>(out.subList(at, at + len)));
      }
      case 4 -> { // flip a digit
        for (int i = at; i < out.size(); i++) {
          if (out.get(i) >= '0' && out.get(i) <= '9') {
            out.set(i, (byte) ('0' + random.nextInt(10)));
            break;
          }
        }
      }
      default -> { // replace a byte
        if (!out.isEmpty()) {
          out.set(Math.min(at, out.size() - 1), (byte) random.nextInt(256));
        }
      }
    }
    byte[] result = new byte[out.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = out.get(i);
    }
    return result;
  }

  @Test
  void writingWhatWasReadIsStable() {
    if (!format().canWrite()) {
      return;
    }
    FormatRegistry registry = registry();
    for (String sample : validSamples()) {
      Episode episode = read(sample.getBytes(UTF_8), ReadOptions.defaults());
      String written = registry.write(episode, format().name(), WriteOptions.defaults());
      Episode again = read(written.getBytes(UTF_8), ReadOptions.defaults());
      assertThat(registry.write(again, format().name(), WriteOptions.defaults()))
          .as("write(read(write(read(sample)))) of %s", format().name())
          .isEqualTo(written);
    }
  }
}
