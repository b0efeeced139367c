// The one list of IPC channel names shared by the preload script and the main process.
// No electron import here: the preload bundle, the main process and the tests all read it.

export const IpcChannel = {
  /** api.call(method, input): one API method, answered with the result envelope. */
  apiCall: 'svt:api-call',
} as const;

export type IpcChannel = (typeof IpcChannel)[keyof typeof IpcChannel];
