package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A theme of a conversation, or a chapter: its name, what it covers, and where in the episode it is discussed.
 *
 * @param name the topic's name or the chapter's title
 * @param description what it covers, when the source says
 * @param spans the stretches of the timeline where it is discussed, in the order given
 * @param segmentIndexes indexes into {@link Episode#segments()} of the segments that discuss it
 * @param attributes format-specific values kept from the source (a chapter's link or image), unmodifiable
 */
public record Topic(
    String name,
    Optional<String> description,
    List<TimeSpan> spans,
    List<Integer> segmentIndexes,
    Map<String, String> attributes) {

  public Topic {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    checkArgument(!name.isBlank(), "a topic needs a name");
    spans = ImmutableList.copyOf(spans);
    segmentIndexes = ImmutableList.copyOf(segmentIndexes);
    segmentIndexes.forEach(i -> checkArgument(i >= 0, "topic \"%s\" names negative segment index %s", name, i));
    attributes = ImmutableMap.copyOf(attributes);
  }

  /** A topic with only a name. */
  public static Topic named(String name) {
    return new Topic(name, Optional.empty(), List.of(), List.of(), Map.of());
  }

  /** A topic, such as a chapter, discussed over one stretch of the timeline. */
  public static Topic of(String name, TimeSpan span) {
    return new Topic(name, Optional.empty(), List.of(span), List.of(), Map.of());
  }

  /** This topic with a description. */
  public Topic withDescription(String newDescription) {
    return new Topic(name, Optional.of(newDescription), spans, segmentIndexes, attributes);
  }

  @Override
  public String toString() {
    return "Topic[" + name + (spans.isEmpty() ? "" : " " + spans) + "]";
  }
}
