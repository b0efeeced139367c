// Where the renderer keeps the web host's token (session storage), shared with the PDF printer,
// which hands Chromium the token before the print route loads.

export const webHostTokenKey = 'svt-web-host-token';
