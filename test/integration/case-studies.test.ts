// Case studies through the API on a real workspace: the contract's supplier filled in, council
// outcomes checked, consent, the audit trail, and pictures stored as BLOBs: the same bytes back,
// bad or oversized files refused by name with nothing written, order, removal, and backups that
// carry the pictures.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { backUp } from '../../electron/db/backup';
import type { CaseStudyInput } from '../../shared/case-study';
import { maxPictureBytes } from '../../shared/picture-type';
import { solidPng } from '../fixtures/png';
import {
  createContract,
  createSupplier,
  loadProfile,
  officer,
  openRecordsWorkspace,
} from './seed-records';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

async function contractAndSupplier(ctx: Context) {
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Construction Ltd' });
  const contract = await createContract(ctx, supplier.id, { title: 'Highways resurfacing' });
  return { supplier, contract };
}

const story = (overrides: Partial<CaseStudyInput> = {}): CaseStudyInput => ({
  title: 'Apprentices on the ring road',
  narrative: 'Twelve local young people started apprenticeships on the resurfacing works.',
  outputs: ['12 apprentices started', '', '  3 now in permanent jobs  '],
  consentToPublish: false,
  ...overrides,
});

const asBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function studyWithPicture(ctx: Context) {
  const { contract } = await contractAndSupplier(ctx);
  const study = expectOk(
    await callApi(ctx, 'caseStudies.create', story({ contractId: contract.id })),
  );
  const png = solidPng(40, 30, [0, 112, 60]);
  const picture = expectOk(
    await callApi(ctx, 'caseStudies.addPicture', {
      caseStudyId: study.id,
      picture: { fileName: 'site-visit.png', base64: asBase64(png) },
      altText: 'Two apprentices laying tarmac',
      caption: 'On site, March',
    }),
  );
  return { study, picture, png, contract };
}

describe('case studies', () => {
  it('takes the contract’s supplier when none is chosen, keeps outputs one a line, and lists by contract', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { supplier, contract } = await contractAndSupplier(ctx);
    const [, outcome] = (await loadProfile(ctx)).strategicOutcomes;
    if (!outcome) throw new Error('The profile starts with council outcomes');
    const study = expectOk(
      await callApi(
        ctx,
        'caseStudies.create',
        story({ contractId: contract.id, councilOutcomeIds: [outcome.id] }),
      ),
    );
    expect(study).toMatchObject({
      supplierId: supplier.id,
      supplierName: 'Soar Valley Construction Ltd',
      contractReference: contract.reference,
      contractTitle: 'Highways resurfacing',
      councilOutcomeIds: [outcome.id],
      outputs: ['12 apprentices started', '3 now in permanent jobs'],
      consentToPublish: false,
      consentNote: null,
      pictures: [],
      updatedBy: officer,
    });
    const unattached = expectOk(
      await callApi(ctx, 'caseStudies.create', story({ title: 'Volunteering day', outputs: [] })),
    );
    expect(unattached).toMatchObject({ contractId: null, supplierId: null, outputs: [] });

    const all = expectOk(await callApi(ctx, 'caseStudies.list', {}));
    expect(all.map((s) => s.title)).toEqual(['Apprentices on the ring road', 'Volunteering day']);
    const forContract = expectOk(
      await callApi(ctx, 'caseStudies.list', { contractId: contract.id }),
    );
    expect(forContract.map((s) => [s.title, s.pictureCount])).toEqual([
      ['Apprentices on the ring road', 0],
    ]);
    expect(
      expectOk(await callApi(ctx, 'caseStudies.list', { supplierId: supplier.id })),
    ).toHaveLength(1);
  });

  it('needs a note of who consented, and when, once consent to publish is given', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = dumpTables(db);
    const error = expectError(
      await callApi(ctx, 'caseStudies.create', story({ consentToPublish: true, consentNote: ' ' })),
    );
    expect(error.details?.issues).toEqual([
      { path: ['consentNote'], message: 'Say who gave consent to publish, and when' },
    ]);
    expect(dumpTables(db)).toEqual(before);
    const given = expectOk(
      await callApi(
        ctx,
        'caseStudies.create',
        story({ consentToPublish: true, consentNote: 'J. Patel, site manager, 3 March 2026' }),
      ),
    );
    expect(given).toMatchObject({
      consentToPublish: true,
      consentNote: 'J. Patel, site manager, 3 March 2026',
    });
  });

  it('refuses a deleted contract, an unknown supplier and an outcome not in the profile, each beside its field', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { contract } = await contractAndSupplier(ctx);
    expectOk(
      await callApi(ctx, 'contracts.delete', { id: contract.id, version: contract.version }),
    );
    const before = dumpTables(db);
    const error = expectError(
      await callApi(
        ctx,
        'caseStudies.create',
        story({
          contractId: contract.id,
          supplierId: '3f1c0d7e-5b6a-4c8d-9e0f-1a2b3c4d5e6f',
          councilOutcomeIds: ['4a1c0d7e-5b6a-4c8d-9e0f-1a2b3c4d5e6f'],
        }),
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path[0])).toEqual([
      'contractId',
      'supplierId',
      'councilOutcomeIds',
    ]);
    expect(dumpTables(db)).toEqual(before);
  });

  it('updates with the audit trail, refuses a stale version, deletes and restores', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { study } = await studyWithPicture(ctx);
    const updated = expectOk(
      await callApi(ctx, 'caseStudies.update', {
        id: study.id,
        version: study.version,
        fields: {
          ...story({ contractId: study.contractId, supplierId: study.supplierId }),
          consentToPublish: true,
          consentNote: 'Given by the apprentices and their employer, 3 March 2026',
        },
      }),
    );
    expect(updated).toMatchObject({ version: 2, consentToPublish: true });
    expect(updated.pictures).toHaveLength(1);

    const trail = expectOk(
      await callApi(ctx, 'audit.history', { table: 'case_studies', id: study.id }),
    );
    expect(trail[0]?.changes).toEqual([
      { field: 'consent_to_publish', old: 0, new: 1 },
      {
        field: 'consent_note',
        old: null,
        new: 'Given by the apprentices and their employer, 3 March 2026',
      },
    ]);

    const stale = expectError(
      await callApi(ctx, 'caseStudies.update', {
        id: study.id,
        version: study.version,
        fields: story(),
      }),
    );
    expect(stale.code).toBe('conflict');

    expectOk(await callApi(ctx, 'caseStudies.delete', { id: study.id, version: 2 }));
    expect(expectOk(await callApi(ctx, 'caseStudies.list', {}))).toEqual([]);
    expect(expectError(await callApi(ctx, 'caseStudies.get', { id: study.id })).code).toBe(
      'not_found',
    );
    const restored = expectOk(await callApi(ctx, 'caseStudies.restore', { id: study.id }));
    expect(restored.pictures.map((p) => p.fileName)).toEqual(['site-visit.png']);
  });
});

describe('case study pictures', () => {
  it('gives back the same bytes, typed from them, and logs their size and hash, not the bytes', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { study, picture, png } = await studyWithPicture(ctx);
    expect(picture).toMatchObject({
      caseStudyId: study.id,
      fileName: 'site-visit.png',
      mediaType: 'image/png',
      byteLength: png.byteLength,
      altText: 'Two apprentices laying tarmac',
      caption: 'On site, March',
      position: 0,
    });
    const data = expectOk(await callApi(ctx, 'caseStudies.picture', { id: picture.id }));
    expect(data.mediaType).toBe('image/png');
    expect(Buffer.from(data.base64, 'base64').equals(png)).toBe(true);

    const stored = db
      .prepare('SELECT bytes FROM case_study_pictures WHERE id = ?')
      .get(picture.id) as { bytes: Buffer };
    expect(stored.bytes.equals(png)).toBe(true);
    const logged = db
      .prepare("SELECT new_values FROM change_log WHERE row_id = ? AND operation = 'insert'")
      .get(picture.id) as { new_values: string };
    const values = JSON.parse(logged.new_values) as Record<string, unknown>;
    expect(values.bytes).toMatch(new RegExp(`^${png.byteLength} bytes, SHA-256 [0-9a-f]{64}$`));
    expect(values.alt_text).toBe('Two apprentices laying tarmac');
  });

  it('judges the type by the bytes: a GIF, or a text file named .jpg, is refused naming the file', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { study } = await studyWithPicture(ctx);
    const before = dumpTables(db);
    const add = (fileName: string, bytes: Uint8Array) =>
      callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName, base64: asBase64(bytes) },
        altText: 'A picture',
      });

    const gif = expectError(await add('animation.gif', Buffer.from('GIF89a\x01\x00\x01\x00')));
    expect(gif.details?.issues).toEqual([
      {
        path: ['picture'],
        message:
          '"animation.gif" is not a JPEG, PNG or WebP picture. Choose a photo saved in one of those formats.',
      },
    ]);
    const renamed = expectError(await add('photo.jpg', Buffer.from('Minutes of the meeting')));
    expect(renamed.message).toContain('"photo.jpg" is not a JPEG, PNG or WebP picture');
    expect(dumpTables(db)).toEqual(before);

    // JPEG and WebP are told by their first bytes too.
    const jpeg = expectOk(await add('photo.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])));
    expect(jpeg.mediaType).toBe('image/jpeg');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(expectOk(await add('photo.webp', webp)).mediaType).toBe('image/webp');
  });

  it('refuses a picture over 5 MB, and one without a description, before writing anything', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { study } = await studyWithPicture(ctx);
    const before = dumpTables(db);

    // Just over 5 MB, still inside the base64 length the schema allows.
    const big = Buffer.alloc(maxPictureBytes + 1);
    big.set(solidPng(1, 1, [0, 0, 0]));
    const tooBig = expectError(
      await callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName: 'huge.png', base64: asBase64(big) },
        altText: 'A big picture',
      }),
    );
    expect(tooBig.details?.issues?.[0]).toEqual({
      path: ['picture'],
      message:
        '"huge.png" is 5.0 MB; a picture can be at most 5 MB. Save a smaller copy and choose that.',
    });

    // Far bigger: the schema refuses the text before it is decoded.
    const huge = expectError(
      await callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName: 'huge.png', base64: 'A'.repeat(8_000_000) },
        altText: 'A big picture',
      }),
    );
    expect(huge.details?.issues).toEqual([
      {
        path: ['picture', 'base64'],
        message: 'The picture is larger than 5 MB. Choose a smaller one',
      },
    ]);

    const noAlt = expectError(
      await callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName: 'ok.png', base64: asBase64(solidPng(2, 2, [1, 2, 3])) },
        altText: '',
      }),
    );
    expect(noAlt.details?.issues).toEqual([
      {
        path: ['altText'],
        message: 'Enter a description of the picture for people who cannot see it',
      },
    ]);
    expect(dumpTables(db)).toEqual(before);
  });

  it('moves, removes and restores pictures', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { study, picture } = await studyWithPicture(ctx);
    const second = expectOk(
      await callApi(ctx, 'caseStudies.addPicture', {
        caseStudyId: study.id,
        picture: { fileName: 'second.png', base64: asBase64(solidPng(3, 3, [200, 0, 0])) },
        altText: 'The finished road',
      }),
    );
    expect(second.position).toBe(1);
    const moved = expectOk(await callApi(ctx, 'caseStudies.movePicture', { id: second.id, to: 0 }));
    expect(moved.pictures.map((p) => p.fileName)).toEqual(['second.png', 'site-visit.png']);

    expectOk(await callApi(ctx, 'caseStudies.removePicture', { id: picture.id }));
    const after = expectOk(await callApi(ctx, 'caseStudies.get', { id: study.id }));
    expect(after.pictures.map((p) => p.fileName)).toEqual(['second.png']);
    expect(expectError(await callApi(ctx, 'caseStudies.picture', { id: picture.id })).code).toBe(
      'not_found',
    );
    // Removed, not erased: the bytes stay for the undo and the audit trail.
    expect(countRows(db, 'case_study_pictures', 'deleted_at IS NOT NULL')).toBe(1);

    const restored = expectOk(await callApi(ctx, 'caseStudies.restorePicture', { id: picture.id }));
    expect(restored.fileName).toBe('site-visit.png');
    const [summary] = expectOk(await callApi(ctx, 'caseStudies.list', {}));
    expect(summary?.pictureCount).toBe(2);
  });

  it('travels in a backup of the workspace: the copy holds the same bytes', async () => {
    const { ctx, db, file } = await openRecordsWorkspace(temp);
    const { picture, png } = await studyWithPicture(ctx);
    const copy = backUp(db, file, 'manual');
    const inCopy = withRawDb(
      copy,
      (backup) =>
        backup
          .prepare('SELECT bytes, alt_text FROM case_study_pictures WHERE id = ?')
          .get(picture.id) as { bytes: Buffer; alt_text: string },
      { readonly: true },
    );
    expect(inCopy.alt_text).toBe('Two apprentices laying tarmac');
    expect(inCopy.bytes.equals(png)).toBe(true);
  });
});
