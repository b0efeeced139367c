// Which IPC senders the main process answers: only the main window's top frame showing our own
// renderer file. Pure, so it is unit tested; electron/ipc.ts gathers the facts from the event.

import { isRendererUrl } from './renderer-url';

export interface SenderFacts {
  /** URL of the frame that sent the message; null when the frame has gone. */
  frameUrl: string | null;
  /** The sending frame is the page's top frame, not an iframe. */
  isMainFrame: boolean;
  /** The message came from the main window's webContents. */
  fromMainWindow: boolean;
}

/** Why a sender is refused, or null when it may call the API. */
export function refuseSender(sender: SenderFacts, rendererUrl: string): string | null {
  if (!sender.fromMainWindow) return 'the message did not come from the main window';
  if (sender.frameUrl === null) return 'the sending frame has gone';
  if (!sender.isMainFrame) return 'the message came from a frame inside the page';
  if (!isRendererUrl(sender.frameUrl, rendererUrl)) {
    return `the sending page (${sender.frameUrl}) is not the app's own screens`;
  }
  return null;
}
