// A case study's pictures in order, each with its caption, buttons to move it, and Remove, which
// asks first and can be undone from the banner.

import { useState } from 'react';
import type { CasePicture, CaseStudy } from '../../../shared/case-study';
import { formatFileSize } from '../../../shared/picture-type';
import { call } from '../../api-client';
import { showNotice } from '../../components/notice';
import { useRoutePath } from '../../router';
import { PictureImage } from './PictureImage';

interface Props {
  study: CaseStudy;
  onChanged(): void;
}

export function CasePictures({ study, onChanged }: Props) {
  const path = useRoutePath();
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
      onChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const remove = (picture: CasePicture) =>
    act(async () => {
      await call('caseStudies.removePicture', { id: picture.id });
      setConfirming(undefined);
      showNotice({
        path,
        text: `Picture ${picture.fileName} removed.`,
        undo: {
          what: `removing picture ${picture.fileName}`,
          run: async () => {
            await call('caseStudies.restorePicture', { id: picture.id });
            showNotice({ path, text: `Picture ${picture.fileName} restored.` });
            onChanged();
          },
        },
      });
    });

  if (study.pictures.length === 0) return <p>No pictures yet.</p>;
  const last = study.pictures.length - 1;
  return (
    <>
      {problem && (
        <p className="error-message" role="alert">
          That did not work: {problem}
        </p>
      )}
      <ul className="picture-list">
        {study.pictures.map((picture, index) => (
          <li key={picture.id}>
            <figure>
              <PictureImage picture={picture} />
              <figcaption>
                {picture.caption && <span className="picture-caption">{picture.caption}</span>}
                <span className="meta">
                  {picture.fileName}, {formatFileSize(picture.byteLength)}
                </span>
              </figcaption>
            </figure>
            {confirming === picture.id ? (
              <div
                className="confirm-panel"
                role="group"
                aria-label={`Remove ${picture.fileName}?`}
              >
                <p>Remove {picture.fileName} from this case study?</p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button-warning"
                    disabled={busy}
                    onClick={() => void remove(picture)}
                  >
                    Yes, remove it
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => setConfirming(undefined)}
                  >
                    Cancel
                  </button>
                </div>
              </div>
            ) : (
              <div className="button-row">
                {index > 0 && (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={`Move ${picture.fileName} earlier`}
                    disabled={busy}
                    onClick={() =>
                      void act(() =>
                        call('caseStudies.movePicture', { id: picture.id, to: index - 1 }),
                      )
                    }
                  >
                    Earlier
                    <span className="visually-hidden">: move {picture.fileName} earlier</span>
                  </button>
                )}
                {index < last && (
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={`Move ${picture.fileName} later`}
                    disabled={busy}
                    onClick={() =>
                      void act(() =>
                        call('caseStudies.movePicture', { id: picture.id, to: index + 1 }),
                      )
                    }
                  >
                    Later
                  </button>
                )}
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => setConfirming(picture.id)}
                >
                  Remove<span className="visually-hidden"> {picture.fileName}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
