/**
 * The {@code summary-page} format: the text of a web page that summarises an episode (who was on, when, for how
 * long, what it was about, quotes worth saving, topics), as summary sites publish it and users save it.
 */
@NullMarked
package org.colloquy.parsers.summary;

import org.jspecify.annotations.NullMarked;
