// The preload script is the screens' only way out of the sandbox: it must expose exactly
// window.api.call(method, input), forwarding to the one IPC channel, and nothing of Electron.

import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '../../electron/ipc-channels';

const bridge = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.push([key, value]),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      bridge.invoked.push(args);
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    // Present on the real ipcRenderer; the preload must not hand any of these over.
    send: () => undefined,
    on: () => undefined,
  },
}));

await import('../../electron/preload');

describe('the preload bridge', () => {
  it('exposes one global, api, holding only call', () => {
    expect(bridge.exposed.map(([key]) => key)).toEqual(['api']);
    const api = bridge.exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(api.call).toBeTypeOf('function');
  });

  it('forwards api.call(method, input) to the API channel and nothing else', async () => {
    const api = bridge.exposed[0]?.[1] as {
      call(method: string, input: unknown): Promise<unknown>;
    };
    await expect(api.call('workspace.info', { a: 1 })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(bridge.invoked).toEqual([[IpcChannel.apiCall, 'workspace.info', { a: 1 }]]);
  });
});
