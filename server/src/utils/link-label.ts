import type { LinkKind } from '../../../shared/contracts/uids';

/**
 * The label the Content Manager shows for a related-news entry (its main field): what kind of
 * link it is and where it leads, e.g. "Read also → All allies agree that Ukraine will become a
 * member of NATO" or "See also → NATO summit communiqué (nato.int)". Computed by the plugin,
 * never written by a caller; kept current when the target's headline changes.
 */
const KIND_LABELS: Record<LinkKind, string> = {
  'read-also': 'Read also',
  background: 'Background',
  'follow-up': 'Follow-up',
  'more-like-this': 'More like this',
  'see-also': 'See also',
};

/** The schema's `maxLength` of `label`. */
export const LABEL_MAX = 400;

export type LabelInput = {
  kind: string | null;
  /** The target story's headline in the link's locale; null when it has none (deleted). */
  targetTitle: string | null;
  targetDocumentId: string | null;
  externalUrl: string | null;
  title: string | null;
};

const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export const linkLabel = ({
  kind,
  targetTitle,
  targetDocumentId,
  externalUrl,
  title,
}: LabelInput) => {
  const what = KIND_LABELS[(kind ?? 'read-also') as LinkKind] ?? kind ?? 'Link';
  const where = externalUrl
    ? `${title ?? externalUrl} (${host(externalUrl)})`
    : targetTitle !== null
      ? targetTitle
      : targetDocumentId
        ? `[deleted story ${targetDocumentId}]`
        : '[no target]';
  const label = `${what} → ${where}`;
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
};
