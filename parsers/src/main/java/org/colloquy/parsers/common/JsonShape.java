package org.colloquy.parsers.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.colloquy.format.Sample;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The property paths a JSON sample holds, for telling the JSON flavours apart by their distinctive keys. A path
 * names properties from the top, dotted, with arrays left out: {@code results.channels.alternatives.words.word}.
 * A sample cut short, or not JSON at all, gives the paths seen up to the break. Internal.
 */
public final class JsonShape {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int MAX_PATHS = 2000;
  private static final int MAX_TOKENS = 200_000;
  private static final int MAX_DEPTH = 12;
  private static final JsonShape NOT_AN_OBJECT = new JsonShape(false, Set.of());

  /** Detection asks once per format; the same sample is mostly asked about by every JSON format in turn. */
  private static volatile Object[] last = {null, null};

  private final boolean object;
  private final Set<String> paths;

  private JsonShape(boolean object, Set<String> paths) {
    this.object = object;
    this.paths = paths;
  }

  /** The shape of a sample's text; never throws. */
  public static JsonShape of(Sample sample) {
    Object[] cached = last;
    if (cached[0] == sample) {
      return (JsonShape) cached[1];
    }
    JsonShape shape = of(sample.head());
    last = new Object[] {sample, shape};
    return shape;
  }

  /** The shape of a JSON text; never throws. */
  public static JsonShape of(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length() || text.charAt(i) != '{') {
      return NOT_AN_OBJECT;
    }
    Set<String> paths = new HashSet<>();
    List<String> stack = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      // Each open container pushes the prefix of the properties inside it; an array's elements share the array's.
      String pending = "";
      for (int n = 0; n < MAX_TOKENS && paths.size() < MAX_PATHS; n++) {
        JsonToken t = p.nextToken();
        if (t == null) {
          break;
        }
        switch (t) {
          case PROPERTY_NAME -> {
            String prefix = stack.isEmpty() ? "" : stack.get(stack.size() - 1);
            pending = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
            if (stack.size() <= MAX_DEPTH) {
              paths.add(pending);
            }
          }
          case START_OBJECT, START_ARRAY -> {
            TokenStreamContext parent = p.streamReadContext().getParent();
            boolean top = parent == null || parent.inRoot() || stack.isEmpty();
            stack.add(top ? "" : parent.inArray() ? stack.get(stack.size() - 1) : pending);
          }
          case END_OBJECT, END_ARRAY -> {
            if (!stack.isEmpty()) {
              stack.remove(stack.size() - 1);
            }
          }
          default -> { }
        }
      }
    } catch (JacksonException e) {
      // A sample cut short or not JSON: the paths seen so far are the evidence.
    }
    return new JsonShape(true, paths);
  }

  /** Whether the text is (or starts as) a JSON object. */
  public boolean isObject() {
    return object;
  }

  /** Whether the sample holds a property at {@code path}. */
  public boolean has(String path) {
    return paths.contains(path);
  }

  /** Whether the sample holds a property at every one of {@code paths}. */
  public boolean hasAll(String... wanted) {
    for (String p : wanted) {
      if (!paths.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the sample holds a property at any of {@code paths}. */
  public boolean hasAny(String... wanted) {
    for (String p : wanted) {
      if (paths.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this is Colloquy's own JSON ({@code "colloquy": 1}), which no other flavour may claim. */
  public boolean isColloquyJson() {
    return paths.contains("colloquy");
  }

  @Override
  public String toString() {
    return "JsonShape" + paths;
  }
}
