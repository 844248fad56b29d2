/**
 * Helpers shared by several format families: timestamps, speaker labels, the English word list and the repair of
 * text damaged by PDF extraction. <b>Internal:</b> public only so that every format package can use them; not part
 * of Colloquy's API, and free to change between releases.
 */
@NullMarked
package org.colloquy.parsers.common;

import org.jspecify.annotations.NullMarked;
