import type { SnapshotItem } from '@/lib/messages';
import { useT } from '@/lib/i18n/react';

/** What the page could not give, and what it offers instead: an unreadable thread, its contact link. */
export function ItemNotes({ item }: { item: SnapshotItem }) {
  const t = useT();
  if (!item.unreadable && !item.contactUrl && !item.manual) return null;
  return (
    <div className="item-notes">
      {item.unreadable && (
        <p className="alert warn" role="status" data-testid="unreadable">
          {t('sites.unreadable')}
        </p>
      )}
      {item.contactUrl && (
        <p>
          <a
            href={item.contactUrl}
            target="_blank"
            rel="noreferrer noopener"
            data-testid="contact-buyer"
          >
            {t('sites.contact')}
          </a>
        </p>
      )}
      {item.manual && <span className="badge">{t('sites.manual.badge')}</span>}
    </div>
  );
}
