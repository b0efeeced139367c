// A file made by the backend for the officer to save (an export), carried as base64.

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const csvMediaType = 'text/csv';
