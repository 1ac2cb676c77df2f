import type { PayloadData } from '../types';

export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

const encoder = new TextEncoder();

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function bytesOfBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64OfText(text: string): string {
  return base64OfBytes(encoder.encode(text));
}

/** Cuts UTF-8 bytes at `limit` without splitting a character (a cut inside one would make the text undecodable). */
function utf8Cut(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/**
 * A received payload as the log keeps it, never above `limit` bytes: UTF-8 text when it decodes as such,
 * else base64 of the (cut) bytes. Strings (WebSocket text frames, SSE data) are measured in UTF-8.
 */
export function payloadOf(data: string | ArrayBuffer | ArrayBufferView, limit: number): PayloadData {
  if (typeof data === 'string') {
    // Cheap path for the common small text frame: a string's UTF-8 size is at most 3 bytes per UTF-16 unit.
    if (data.length * 3 <= limit) return { text: data, encoding: 'utf8', bytes: encoder.encode(data).length, truncated: false };
    const bytes = encoder.encode(data);
    if (bytes.length <= limit) return { text: data, encoding: 'utf8', bytes: bytes.length, truncated: false };
    return { text: new TextDecoder().decode(utf8Cut(bytes, limit)), encoding: 'utf8', bytes: bytes.length, truncated: true };
  }
  const all = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const truncated = all.length > limit;
  try {
    const kept = truncated ? utf8Cut(all, limit) : all;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(kept), encoding: 'utf8', bytes: all.length, truncated };
  } catch {
    return { text: base64OfBytes(all.subarray(0, limit)), encoding: 'base64', bytes: all.length, truncated };
  }
}

/** The bytes to send for a payload given as text or bytes. */
export function bytesOf(payload: string | Uint8Array): Uint8Array {
  return typeof payload === 'string' ? encoder.encode(payload) : payload;
}
