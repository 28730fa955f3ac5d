// Reads a response body with a cap on what is read, compressed and decompressed alike. The
// client decompresses itself (gzip, deflate) rather than letting the HTTP library do it, so a
// small gzip body that inflates to gigabytes, an endless stream or a huge page stops at the cap
// instead of filling the extension host, which every extension in the window shares.
import { Readable, pipeline } from 'node:stream';
import * as zlib from 'node:zlib';
import { ApifyInvalidResponseError, ApifyResponseTooLargeError } from './errors';

const MiB = 1024 * 1024;

/** Far above any real page (a page of 1,000 tasks is well under 1 MiB). */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * MiB;

export interface BodyLimit {
  /** Most bytes read, counted on the wire and again after decompression. */
  maxBytes: number;
  /**
   * 'fail' (default): going over throws ApifyResponseTooLargeError. 'keep-start': the text read up
   * to the cap is returned with `capped: true` (for logs, whose beginning is still useful).
   */
  whenExceeded?: 'fail' | 'keep-start';
}

export interface BodyText {
  text: string;
  /** True when reading stopped at the cap ('keep-start' only). */
  capped: boolean;
}

/** The encodings the client asks for; it decompresses exactly these. */
export const ACCEPTED_ENCODINGS = 'gzip, deflate';

/**
 * Reads `body` (the raw bytes on the wire) to text. Throws ApifyResponseTooLargeError beyond the
 * cap, ApifyInvalidResponseError for a corrupt or unknown compression; errors of `body` itself
 * (a reset connection, a timeout) are rethrown unchanged for the caller to word.
 */
export async function readCappedBody(
  body: AsyncIterable<Uint8Array>,
  headers: { contentEncoding: string | null; contentLength: string | null },
  limit: BodyLimit,
): Promise<BodyText> {
  const { maxBytes } = limit;
  const keepStart = limit.whenExceeded === 'keep-start';
  const contentEncoding = headers.contentEncoding;
  // A body announced as too large is not read at all.
  if (!keepStart && Number(headers.contentLength ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const decoder = createDecoder(contentEncoding);
  let wireBytes = 0;
  let wireCapped = false;
  async function* countedWire(): AsyncGenerator<Uint8Array> {
    for await (const chunk of body) {
      const room = maxBytes - wireBytes;
      wireBytes += chunk.length;
      if (wireBytes <= maxBytes) {
        yield chunk;
        continue;
      }
      if (!keepStart) throw tooLarge(maxBytes);
      wireCapped = true;
      if (room > 0) yield chunk.subarray(0, room);
      return;
    }
  }
  const decoded: AsyncIterable<Uint8Array> = decoder
    ? pipeline(Readable.from(countedWire()), decoder, () => undefined)
    : countedWire();
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of decoded) {
      const room = maxBytes - bytes;
      if (chunk.length > room) {
        if (!keepStart) throw tooLarge(maxBytes);
        chunks.push(Buffer.from(chunk.subarray(0, room)));
        return { text: Buffer.concat(chunks).toString('utf8'), capped: true };
      }
      chunks.push(Buffer.from(chunk));
      bytes += chunk.length;
    }
  } catch (error) {
    // Compressed data cut at the cap ends early by design: keep what it decoded to.
    if (wireCapped && isZlibError(error)) return { text: Buffer.concat(chunks).toString('utf8'), capped: true };
    throw isZlibError(error) ? compressionError(error, contentEncoding) : error;
  }
  const declared = Number(headers.contentLength ?? NaN);
  if (!decoder && !wireCapped && Number.isInteger(declared) && bytes < declared) {
    // Seen when the Content-Length is too short: the bytes after it break the connection, and the
    // HTTP library ends the body early instead of reporting an error.
    const problem = `the response ended after ${bytes} of the ${declared} bytes its Content-Length announced (the connection closed early, or the server sent more than it announced)`;
    throw new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem], true);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), capped: wireCapped };
}

function createDecoder(contentEncoding: string | null): zlib.Gunzip | zlib.Inflate | undefined {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return zlib.createInflate();
  const problem = `the response is compressed with "${encoding.slice(0, 40)}", which the extension did not ask for`;
  throw new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem], true);
}

function isZlibError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

function compressionError(error: Error & { code: string }, contentEncoding: string | null): ApifyInvalidResponseError {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  // zlib says Z_BUF_ERROR ("unexpected end of file") when the data stops early; anything else is damage.
  const problem = error.code === 'Z_BUF_ERROR'
    ? `the response's ${encoding} data ends before it is complete`
    : `the response's ${encoding} data is corrupt (${error.code})`;
  return new ApifyInvalidResponseError(`The Apify API sent an unusable response: ${problem}.`, [problem], true);
}

function tooLarge(maxBytes: number): ApifyResponseTooLargeError {
  return new ApifyResponseTooLargeError(`The Apify API sent more than ${formatBytes(maxBytes)}; stopped reading.`, maxBytes);
}

/** "64 MiB", or bytes/KiB for the small caps tests use. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
