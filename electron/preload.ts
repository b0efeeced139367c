// The only bridge between the screens and the main process: window.api.call(method, input),
// answered with the result envelope. Nothing else of Electron or Node reaches the page.

import { contextBridge, ipcRenderer } from 'electron';
import { IpcChannel } from './ipc-channels';

contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(IpcChannel.apiCall, method, input),
});
