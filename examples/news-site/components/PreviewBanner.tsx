import { messages } from '@/lib/i18n';
import type { Locale } from '@/lib/types';

/** Shown to an editor in draft mode, with a way out (a POST: it changes a cookie). */
export function PreviewBanner({ locale }: { locale: Locale }) {
  const t = messages(locale);
  return (
    <form
      className="preview-banner"
      method="post"
      action="/api/preview/exit"
      data-testid="preview-banner"
    >
      <span>{t.preview}</span> <button type="submit">{t.exitPreview}</button>
    </form>
  );
}
