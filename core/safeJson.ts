/** Keys that reach Object.prototype (or a constructor) when code later merges or spreads objects. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class UnsafeJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeJsonError';
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** UTF-8 length without allocating an encoded copy (core runs in the renderer too: no Buffer). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * JSON.parse for text from outside (files, pasted content): refuses oversized text before
 * parsing, refuses prototype-polluting keys anywhere in the tree, and turns every parse
 * failure (truncation, bad syntax, absurd nesting) into one plain sentence.
 */
export function parseUntrustedJson(text: string, { maxBytes, what }: { maxBytes: number; what: string }): unknown {
  // Cheap bound first: UTF-8 needs at most 3 bytes per UTF-16 code unit.
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    throw new UnsafeJsonError(
      `${what} is ${megabytes(utf8Length(text))}; Parley reads files up to ${megabytes(maxBytes)}.`,
    );
  }
  if (text.trim() === '') throw new UnsafeJsonError(`${what} is empty.`);
  try {
    return JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(`${what} contains the forbidden key "${key}".`);
      return value;
    });
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnsafeJsonError(`${what} is not valid JSON (it may be incomplete or damaged): ${detail}`);
  }
}
