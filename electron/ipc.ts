// Binds the API to ipcMain: checks the sender, then hands the call to dispatch, which validates
// the input with zod and answers with the result envelope.

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../shared/result';
import type { Context } from './api/context';
import { dispatch } from './api/dispatch';
import { IpcChannel } from './ipc-channels';
import { refuseSender } from './ipc-sender';
import { isPrintWindow } from './print-window';

export interface ApiBinding {
  /** The workspace the call runs against, read afresh on every call (the menu can switch it). */
  context: () => Context;
  mainWindow: () => BrowserWindow | null;
  rendererUrl: string;
}

function senderRefusal(event: IpcMainInvokeEvent, binding: ApiBinding): string | null {
  const frame = event.senderFrame;
  const window = binding.mainWindow();
  return refuseSender(
    {
      frameUrl: frame?.url ?? null,
      isMainFrame: frame !== null && frame.parent === null,
      fromMainWindow:
        (window !== null && !window.isDestroyed() && event.sender === window.webContents) ||
        isPrintWindow(event.sender),
    },
    binding.rendererUrl,
  );
}

/** Installs the API handler; returns a function that removes it. */
export function bindApi(binding: ApiBinding): () => void {
  ipcMain.handle(
    IpcChannel.apiCall,
    async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      const refusal = senderRefusal(event, binding);
      if (refusal !== null) {
        console.warn(`IPC: dropped an API call because ${refusal}.`);
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page may not use the app’s data.' },
        };
      }
      if (typeof method !== 'string') {
        return {
          ok: false,
          error: { code: 'invalid_input', message: 'An API call must name its method as text.' },
        };
      }
      return dispatch(method, input, binding.context());
    },
  );
  return () => ipcMain.removeHandler(IpcChannel.apiCall);
}
