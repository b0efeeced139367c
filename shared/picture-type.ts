// What kind of picture a file holds, judged by its first bytes (its "magic number"), never by its
// name: a renamed document or a GIF is not let in as a photo.

export const pictureMediaTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PictureMediaType = (typeof pictureMediaTypes)[number];

/** 5 MB: a good phone photo, well short of bloating the workspace and its backups. */
export const maxPictureBytes = 5 * 1024 * 1024;
/** The length of the base64 text of a picture of the largest size allowed. */
export const maxPictureBase64Length = Math.ceil(maxPictureBytes / 3) * 4;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const jpeg = [0xff, 0xd8, 0xff];
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const riff = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const webp = [0x57, 0x45, 0x42, 0x50]; // "WEBP", after the RIFF chunk size

/** The picture type the bytes hold, or null when they are not a JPEG, PNG or WebP picture. */
export function sniffPictureType(bytes: Uint8Array): PictureMediaType | null {
  if (startsWith(bytes, jpeg)) return 'image/jpeg';
  if (startsWith(bytes, png)) return 'image/png';
  if (startsWith(bytes, riff) && startsWith(bytes, webp, 8)) return 'image/webp';
  return null;
}

/** "2.4 MB", "830 KB": a file size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
