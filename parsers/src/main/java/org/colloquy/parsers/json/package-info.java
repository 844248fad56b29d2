/**
 * {@code colloquy-json}: Colloquy's own lossless JSON format, and a Jackson module for the model. The schema is
 * documented in {@code docs/colloquy-json.md}.
 */
@NullMarked
package org.colloquy.parsers.json;

import org.jspecify.annotations.NullMarked;
