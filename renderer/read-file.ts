// Reading a file the officer chose (a picture, a spreadsheet) into base64 text for an API call.

/** A chosen file, read into base64 text. */
export interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** Reads a chosen file as base64 text (without the data URL's prefix). */
export function readFileAsBase64(file: File): Promise<ChosenFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(new Error(`"${file.name}" could not be read.`));
    reader.readAsDataURL(file);
  });
}
