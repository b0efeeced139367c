import { describe, expect, it } from 'vitest';
import { addPictureSchema, caseStudyFieldsSchema } from '../../shared/case-study';
import {
  formatFileSize,
  maxPictureBase64Length,
  maxPictureBytes,
  sniffPictureType,
} from '../../shared/picture-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('sniffPictureType', () => {
  it('tells JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffPictureType(bytes(0xff, 0xd8, 0xff, 0xdb))).toBe('image/jpeg');
    expect(sniffPictureType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      'image/png',
    );
    expect(sniffPictureType(ascii('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses other files, including near misses and files cut short', () => {
    expect(sniffPictureType(ascii('GIF89a'))).toBeNull();
    expect(sniffPictureType(ascii('%PDF-1.7'))).toBeNull();
    expect(sniffPictureType(ascii('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull(); // a sound file
    expect(sniffPictureType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(sniffPictureType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffPictureType(bytes())).toBeNull();
  });
});

describe('picture sizes', () => {
  it('allows base64 text exactly as long as the largest picture needs', () => {
    expect(maxPictureBase64Length).toBe(btoa('x'.repeat(maxPictureBytes)).length);
  });

  it('reads sizes as people do', () => {
    expect(formatFileSize(5 * 1024 * 1024 + 1)).toBe('5.0 MB');
    expect(formatFileSize(2_500_000)).toBe('2.4 MB');
    expect(formatFileSize(830 * 1024)).toBe('830 KB');
    expect(formatFileSize(10)).toBe('1 KB');
  });
});

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );

describe('case study schema', () => {
  it('names each missing field', () => {
    expect(
      messages(
        caseStudyFieldsSchema.safeParse({ title: '', narrative: '', consentToPublish: 'yes' }),
      ),
    ).toEqual({
      title: 'Enter the title',
      narrative: 'Enter the story',
      consentToPublish: 'Say whether consent to publish was given',
    });
  });

  it('asks who consented once consent is given, even when other fields are wrong', () => {
    expect(
      messages(
        caseStudyFieldsSchema.safeParse({
          title: 'Apprentices',
          narrative: 'Story',
          consentToPublish: true,
        }),
      ),
    ).toEqual({ consentNote: 'Say who gave consent to publish, and when' });
    expect(
      caseStudyFieldsSchema.safeParse({
        title: 'Apprentices',
        narrative: 'Story',
        consentToPublish: false,
      }).success,
    ).toBe(true);
  });

  it('trims outputs and drops blank lines', () => {
    const parsed = caseStudyFieldsSchema.parse({
      title: 'Apprentices',
      narrative: 'Story',
      outputs: [' 12 apprentices started ', '', '   ', '£40,000 spent locally'],
      consentToPublish: false,
    });
    expect(parsed.outputs).toEqual(['12 apprentices started', '£40,000 spent locally']);
    expect(parsed).toMatchObject({ contractId: null, supplierId: null, councilOutcomeIds: [] });
  });
});

describe('add picture schema', () => {
  const valid = {
    caseStudyId: '3f1c0d7e-5b6a-4c8d-9e0f-1a2b3c4d5e6f',
    picture: { fileName: 'a.png', base64: 'iVBORw0KGgo=' },
    altText: 'A road',
  };

  it('refuses text that is not base64, and text too long to be a 5 MB picture', () => {
    expect(
      messages(
        addPictureSchema.safeParse({
          ...valid,
          picture: { fileName: 'a.png', base64: 'not base64!' },
        }),
      ),
    ).toEqual({ 'picture.base64': 'The picture was not sent whole. Choose it again' });
    expect(
      messages(
        addPictureSchema.safeParse({
          ...valid,
          picture: { fileName: 'a.png', base64: 'A'.repeat(maxPictureBase64Length + 4) },
        }),
      ),
    ).toEqual({ 'picture.base64': 'The picture is larger than 5 MB. Choose a smaller one' });
    expect(addPictureSchema.safeParse(valid).success).toBe(true);
  });

  it('needs alt text', () => {
    expect(messages(addPictureSchema.safeParse({ ...valid, altText: ' ' }))).toEqual({
      altText: 'Enter a description of the picture for people who cannot see it',
    });
  });
});
