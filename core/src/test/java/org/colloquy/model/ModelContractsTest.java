package org.colloquy.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Null-hostility and value equality of every public model type, checked by Guava's testers. */
class ModelContractsTest {

  private static final Speaker YANN = Speaker.of("YANN", "Yann LeCun", Speaker.Role.GUEST);
  private static final Speaker CRAIG = Speaker.of("CRAIG", "Craig Smith", Speaker.Role.HOST);

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Speaker.class, YANN)
      .setDefault(Duration.class, Duration.ofSeconds(1))
      .setDefault(String.class, "text")
      .setDefault(SourceLocation.class, new SourceLocation("a.txt", 1, 1))
      .setDefault(TimeSpan.class, TimeSpan.of(Duration.ZERO, Duration.ofSeconds(2)))
      .setDefault(Segment.class, Segment.speech(YANN, Duration.ZERO, "hi"))
      .setDefault(Word.class, Word.of("hi"))
      .setDefault(Reference.class, Reference.url("https://example.org"))
      .setDefault(Episode.class, Episode.builder().build());

  @Test
  void everyPublicModelTypeRejectsNulls() {
    for (Class<?> type : List.of(Speaker.class, Word.class, Quote.class, Topic.class, TimeSpan.class,
        Highlight.class, Reference.class, Diagnostic.class, SourceLocation.class, Segment.class, Episode.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(YANN);
    tester.testAllPublicInstanceMethods(Word.of("w", Duration.ZERO, Duration.ofSeconds(1)));
    tester.testAllPublicInstanceMethods(Segment.speech(YANN, Duration.ZERO, "hi"));
    tester.testAllPublicInstanceMethods(Segment.builder());
    tester.testAllPublicInstanceMethods(episode());
    tester.testAllPublicInstanceMethods(Episode.builder());
  }

  private static Episode episode() {
    return Episode.builder().addSpeaker(YANN).addSpeaker(CRAIG)
        .addSegment(Segment.speech(CRAIG, Duration.ZERO, "Hello"))
        .addSegment(Segment.speech(YANN, Duration.ofSeconds(3), "Hi"))
        .build();
  }

  @Test
  void modelTypesAreComparedByValue() {
    new EqualsTester()
        .addEqualityGroup(Speaker.of("YANN", "Yann LeCun", Speaker.Role.GUEST), YANN)
        .addEqualityGroup(YANN.withRole(Speaker.Role.HOST))
        .addEqualityGroup(YANN.withAliases(List.of("LeCun")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Word.of("a", Duration.ZERO, Duration.ofMillis(5), 0.5),
            Word.of("a", Duration.ZERO, Duration.ofMillis(5)).withConfidence(0.5))
        .addEqualityGroup(Word.of("a", Duration.ZERO, Duration.ofMillis(5)))
        .addEqualityGroup(Word.of("a").interpolatedAt(Duration.ZERO, Duration.ofMillis(5)))
        .addEqualityGroup(Word.of("a"))
        .testEquals();
    Segment segment = Segment.builder().speaker(YANN).start(Duration.ZERO).end(Duration.ofSeconds(2)).text("x")
        .addReference(Reference.url("https://example.org")).attribute("align", "start").id("1").build();
    new EqualsTester()
        .addEqualityGroup(segment, segment.toBuilder().build())
        .addEqualityGroup(segment.toBuilder().derivedEnd(Duration.ofSeconds(2)).build())
        .addEqualityGroup(segment.toBuilder().kind(Segment.Kind.MUSIC).build())
        .addEqualityGroup(segment.toBuilder().speaker(CRAIG).build())
        .addEqualityGroup(segment.toBuilder().text("y").build())
        .addEqualityGroup(segment.toBuilder().attribute("align", "end").build())
        .addEqualityGroup(segment.toBuilder().id(null).build())
        .addEqualityGroup(segment.toBuilder().addWord(Word.of("x")).build())
        .testEquals();
    Episode episode = episode();
    new EqualsTester()
        .addEqualityGroup(episode, episode.toBuilder().build(), episode())
        .addEqualityGroup(episode.toBuilder().title("T").build())
        .addEqualityGroup(episode.toBuilder().addQuote(Quote.of("Hi", YANN)).build())
        .addEqualityGroup(episode.toBuilder().addTopic(Topic.named("AI")).build())
        .addEqualityGroup(episode.toBuilder().metadata("k", "v").build())
        .addEqualityGroup(episode.toBuilder().addDiagnostic(Diagnostic.of(Diagnostic.Severity.INFO, "c", "m")).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Quote("q", Optional.of(YANN), OptionalInt.of(1), Optional.empty()),
            new Quote("q", Optional.of(YANN), OptionalInt.of(1), Optional.empty()))
        .addEqualityGroup(Quote.of("q", YANN))
        .addEqualityGroup(new Topic("t", Optional.empty(), List.of(), List.of(), Map.of("url", "u")))
        .addEqualityGroup(Topic.named("t"))
        .testEquals();
  }
}
