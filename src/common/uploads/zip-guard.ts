import { inflateRawSync } from 'node:zlib';
import { AppError, ValidationFailedError } from 'src/common/errors/app-error';

/** An upload larger than its limit, packed or unpacked: 413 with the field it came in. */
export class UploadTooLargeError extends AppError {
  constructor(field: string, message: string) {
    super('PAYLOAD_TOO_LARGE', message, [{ field, messages: [message] }]);
  }
}

export interface ZipLimits {
  /** Files in the archive. */
  entries: number;
  /** Unpacked bytes of any one file. */
  entryBytes: number;
  /** Unpacked bytes of all files together. */
  totalBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks a zip archive (an .xlsx is one) before anything parses it: every file is actually
 * unpacked here with a hard ceiling on its output (`maxOutputLength`), so neither a declared
 * size nor a small file that inflates to gigabytes gets past the limits. Only stored and
 * deflated files, no zip64 and no encryption: what Excel and WPS write. Throws a 400 for a
 * broken archive and a 413 for one past a limit; costs at most `totalBytes` of memory.
 */
export function checkZip(file: Buffer, limits: ZipLimits, field = 'content'): void {
  const broken = (why: string) =>
    ValidationFailedError.field(field, `The file is not a readable .xlsx: ${why}`);
  const tooLarge = (why: string) => new UploadTooLargeError(field, why);
  const eocd = findEocd(file);
  if (eocd < 0) throw broken('no zip directory');
  const count = file.readUInt16LE(eocd + 10);
  const dirOffset = file.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw broken('zip64 is not supported');
  if (count > limits.entries)
    throw tooLarge(`The file holds ${count} parts; at most ${limits.entries} are read`);
  let at = dirOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== CENTRAL) throw broken('bad directory');
    const flags = file.readUInt16LE(at + 8);
    const method = file.readUInt16LE(at + 10);
    const packed = file.readUInt32LE(at + 20);
    const declared = file.readUInt32LE(at + 24);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const local = file.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw broken('encrypted parts are not supported');
    if (method !== 0 && method !== 8) throw broken(`compression method ${method} is not supported`);
    const room = Math.min(limits.entryBytes, limits.totalBytes - total);
    if (declared > room) throw tooLarge(unpackedMessage(limits));
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL) throw broken('bad part');
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    if (start + packed > file.length) throw broken('a part is cut short');
    const data = file.subarray(start, start + packed);
    let size = packed;
    if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw tooLarge(unpackedMessage(limits));
        throw broken('a part does not unpack');
      }
    }
    if (size !== declared) throw broken('a part is not the size its directory says');
    total += size;
  }
}

const unpackedMessage = (limits: ZipLimits) =>
  `The file unpacks to more than ${Math.round(limits.totalBytes / 1_048_576)} MB (or one part to more than ${Math.round(limits.entryBytes / 1_048_576)} MB); split it into smaller files`;

/** The end-of-central-directory record: the last 22 bytes, or before a comment of ≤ 64 kB. */
function findEocd(file: Buffer): number {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 65_535); at--) {
    if (file.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}
