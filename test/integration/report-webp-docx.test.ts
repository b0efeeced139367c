// A case study's WebP picture in the Word copy of a report: the docx format cannot hold WebP, so
// the picture goes in as a PNG of the same size, while the stored original stays WebP.

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedWorkspace } from './seed-records';
import { callApi, expectOk } from './temp-workspace';
import { defined } from '../fixtures/defined';

const webp = readFileSync(new URL('../fixtures/pictures/two-colours.webp', import.meta.url));

describe('a WebP case study picture in Word', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;

  beforeAll(async () => {
    shared = await openSharedWorkspace();
  });
  afterAll(() => shared.close());

  it('is in the .docx as PNG media, with its caption, the original kept as WebP', async () => {
    const { ctx } = shared;
    const study = expectOk(
      await callApi(ctx, 'caseStudies.create', {
        title: 'Apprentices at O’Brien & Sons',
        narrative: 'Four apprentices started.',
        consentToPublish: true,
        consentNote: 'Given by the supplier',
      }),
    );
    expectOk(
      await callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName: 'site.webp', base64: webp.toString('base64') },
        altText: 'Apprentices on site',
        caption: 'Apprentices on the Llandŷfaelog site',
      }),
    );
    const templates = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    let report = expectOk(
      await callApi(ctx, 'reports.create', {
        templateId: defined(
          templates.find((t) => t.key === 'scrutiny-update'),
          'the scrutiny template',
        ).id,
        fields: {
          title: 'Pictures',
          committee: 'Scrutiny',
          meetingDate: '2026-06-01',
          period: 'all',
        },
      }),
    );
    report = expectOk(
      await callApi(ctx, 'reportBlocks.create', {
        sectionId: defined(report.sections[0], 'a first section').id,
        kind: 'case-studies',
      }),
    );
    const file = expectOk(await callApi(ctx, 'reportOutputs.docx', { reportId: report.id }));
    const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await defined(zip.file(media[0] ?? ''), 'the picture').async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 48]);
    const document = await defined(zip.file('word/document.xml'), 'document.xml').async('string');
    expect(document).toContain('Apprentices on the Llandŷfaelog site');
    expect(media[0]).toMatch(/\.png$/);
    expect(document).toMatch(/<a:blip r:embed="[^"]+"/);
    const stored = shared.db.prepare('SELECT media_type, bytes FROM case_study_pictures').get() as {
      media_type: string;
      bytes: Buffer;
    };
    expect(stored.media_type).toBe('image/webp');
    expect(Buffer.compare(stored.bytes, webp)).toBe(0);
  });
});
