package org.colloquy.parsers.podcast;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The pretty JSON writer both Podcasting 2.0 writers use; it leaves the caller's writer open. */
final class JsonOut {

  static final ObjectWriter PRETTY = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build()
      .writerWithDefaultPrettyPrinter();

  private JsonOut() {}
}
