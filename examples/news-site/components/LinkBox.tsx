import type { Locale, RelatedNewsLink } from '@/lib/types';

import { StoryLink } from './StoryLink';

/** A box of an editor's links: "Read also:" in the body, background and see-also after it. */
export function LinkBox({
  locale,
  title,
  links,
  className,
  testId,
}: {
  locale: Locale;
  title: string;
  links: RelatedNewsLink[];
  className: string;
  testId: string;
}) {
  if (links.length === 0) return null;
  return (
    <aside className={`link-box ${className}`} data-testid={testId}>
      <p className="link-box-title">{title}</p>
      <ul>
        {links.map((link) => (
          <li key={link.documentId}>
            <StoryLink
              locale={locale}
              story={link.target}
              externalUrl={link.externalUrl}
              title={link.title}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}
