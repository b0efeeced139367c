// Exports that are not a list on screen: the Transparency Code contract register and the whole
// workspace as one workbook.

import { z } from 'zod';

export const registerFormats = ['csv', 'xlsx'] as const;
export type RegisterFormat = (typeof registerFormats)[number];

export const registerExportSchema = z.object({
  format: z.enum(registerFormats, { error: 'Choose CSV or Excel (.xlsx)' }),
});
