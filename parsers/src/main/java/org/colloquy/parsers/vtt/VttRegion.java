package org.colloquy.parsers.vtt;

/** A WebVTT region definition as the parsing algorithm builds it, with the spec's defaults. */
final class VttRegion {
  String id = "";
  double width = 100;
  double lines = 3;
  double regionAnchorX = 0;
  double regionAnchorY = 100;
  double viewportAnchorX = 0;
  double viewportAnchorY = 100;
  String scroll = "";
  /** The block's settings text as written, for the episode's metadata. */
  String settings = "";
}
