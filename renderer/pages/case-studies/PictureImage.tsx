// A stored picture, fetched through the API and shown from a data URL, with its description.

import type { CasePicture } from '../../../shared/case-study';
import { useApi } from '../../use-api';

export function PictureImage({ picture }: { picture: CasePicture }) {
  const [data] = useApi('caseStudies.picture', { id: picture.id });
  if (data.state === 'loading') return <p className="picture-placeholder">Loading the picture…</p>;
  if (data.state === 'failed') {
    return (
      <p className="error-message picture-placeholder">
        The picture could not be shown: {data.message}
      </p>
    );
  }
  const { mediaType, base64 } = data.value;
  return <img src={`data:${mediaType};base64,${base64}`} alt={picture.altText} />;
}
