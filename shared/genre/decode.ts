import type { Encoding } from './types';

interface Decoder {
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;

// TextDecoder (with gb18030) is built into Node and Chromium; typed locally so shared/ needs no DOM or Node typings.
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/** One decoder per encoding, made on first use: making one costs more than decoding a report. */
const decoders = new Map<string, Decoder>();
function decoder(label: string, fatal = false): Decoder {
  const key = `${label}${fatal ? ':fatal' : ''}`;
  let found = decoders.get(key);
  if (!found) {
    found = new TextDecoderImpl(label, { fatal });
    decoders.set(key, found);
  }
  return found;
}

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Bytes that were not UTF-8 in an otherwise UTF-8 file, replaced by U+FFFD: how many on which line. */
  replaced?: { line: number; count: number }[];
}

/**
 * Decodes a report file: a BOM wins; otherwise strict UTF-8; a UTF-8 file with a few bad bytes stays
 * UTF-8 (they are replaced and reported by line); anything else is GB18030 (genre README §7). Line
 * endings (CRLF, CR, LF) all become LF.
 */
export function decodeText(bytes: Uint8Array, forced?: 'utf-8' | 'gb18030'): DecodedText {
  const decoded = forced ? decodeAs(bytes, forced) : decodeRaw(bytes);
  let { text } = decoded;
  // Stray NULs are bytes that could not be read, like bad ones: replaced, and said where.
  if (text.includes('\u0000')) {
    text = text.replaceAll('\u0000', REPLACEMENT);
    decoded.replaced = replacedByLine(text);
  }
  return { ...decoded, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

const REPLACEMENT = '\uFFFD';

/**
 * Whether a reading with replacement characters is a UTF-8 file with a few bad bytes (a cut-off last
 * character, a stray Windows-1252 quote) rather than a file in another encoding: the bad bytes are a
 * handful, and around them is Chinese. A GB18030 file read as UTF-8 has a bad byte at nearly every
 * Chinese character.
 */
function isUtf8WithFewBadBytes(text: string): boolean {
  let bad = 0;
  let han = 0;
  for (const char of text) {
    if (char === REPLACEMENT) bad++;
    else if (char >= '\u4e00' && char <= '\u9fff') han++;
  }
  return bad <= Math.max(3, text.length / 500) && han >= 8 * bad;
}

function replacedByLine(text: string): { line: number; count: number }[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.flatMap((line, index) => {
    const count = line.split(REPLACEMENT).length - 1;
    return count > 0 ? [{ line: index + 1, count }] : [];
  });
}

/** The reading the user chose: GB18030, or UTF-8 with whatever is not UTF-8 replaced (and reported). */
function decodeAs(bytes: Uint8Array, encoding: 'utf-8' | 'gb18030'): DecodedText {
  if (encoding === 'gb18030') return { text: decoder('gb18030').decode(bytes), encoding };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const text = decoder('utf-8').decode(body);
  return text.includes(REPLACEMENT) ? { text, encoding, replaced: replacedByLine(text) } : { text, encoding };
}

/**
 * Characters that are rare in Chinese prose but frequent when UTF-8 bytes are read as GB18030 (or the
 * other way round): `骞` for 年, `鍙` `锛` `銆` `鐨` and their like.
 */
const mojibake = new Set('骞鍙锛銆鐨浜鏂涓绋鎴闂瀹鍏宸鏃鍒鑰濂');

/** Whether decoded text reads as mojibake rather than Chinese: many of those characters among its Han ones. */
export function looksGarbled(text: string): boolean {
  let han = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    han++;
    if (mojibake.has(text[i] ?? '')) odd++;
  }
  return han >= 20 && odd / han > 0.08;
}

function decodeRaw(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8' };
  } catch {
    const lossy = decoder('utf-8').decode(bytes);
    if (isUtf8WithFewBadBytes(lossy)) {
      // A character cut off at the very end cannot be read back: it is left out (and still reported).
      const withoutCutEnd = new TextDecoderImpl('utf-8').decode(bytes, { stream: true });
      return { text: lossy.endsWith(REPLACEMENT) && withoutCutEnd.length < lossy.length ? withoutCutEnd : lossy, encoding: 'utf-8', replaced: replacedByLine(lossy) };
    }
    return { text: decoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * A file is binary, not text, when its start holds NUL bytes (and no UTF-16 BOM explains them) or
 * many control characters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  let nul = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  // A few NULs in a text are damage (a download cut and resumed), replaced and reported like bad bytes;
  // binary files and UTF-16 without its mark are full of them.
  return sample.length > 0 && (nul > MAX_STRAY_NULS || control / sample.length > 0.1);
}

/** NUL bytes a text file may hold and still be read as text. */
const MAX_STRAY_NULS = 8;
