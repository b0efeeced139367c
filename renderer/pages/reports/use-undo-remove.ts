// After a section or data block is removed from a report: the banner says so and offers to undo
// it, as deletes do elsewhere in the app; undoing puts it back where it was.

import type { Report } from '../../../shared/report';
import { showNotice } from '../../components/notice';
import { useRoutePath } from '../../router';

/** Offers the undo of a removal: `what` names it ("Data block RAG summary"). */
export function useUndoRemove(onChanged: (report: Report) => void) {
  const path = useRoutePath();
  return (what: string, restore: () => Promise<Report>) =>
    showNotice({
      path,
      text: `${what} removed.`,
      undo: {
        what: `removing ${what}`,
        run: async () => {
          onChanged(await restore());
          showNotice({ path, text: `${what} restored.` });
        },
      },
    });
}
