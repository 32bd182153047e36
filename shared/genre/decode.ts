import type { Encoding } from './types';

interface Decoder {
  decode(input: Uint8Array): string;
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
}

/**
 * Decodes a report file: a BOM wins; otherwise strict UTF-8, else GB18030 (genre README §7). Line endings
 * (CRLF, CR, LF) all become LF.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decodeRaw(bytes);
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding };
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
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
