/**
 * The speech recogniser formats: the JSON that Whisper (OpenAI, WhisperX, whisper.cpp), AssemblyAI, Deepgram, AWS
 * Transcribe and Rev.ai produce, each read as a token stream into timed segments with their words and diarised
 * speakers.
 */
@NullMarked
package org.colloquy.parsers.asr;

import org.jspecify.annotations.NullMarked;
