import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  ITEM_KINDS,
  SITE_IDS,
  ManualSelectionSchema,
  parseMessage,
  type ItemKind,
  type SiteId,
  type SnapshotItem,
} from '@/lib/messages';
import { useT } from '@/lib/i18n/react';
import { SITES, adapterFor } from '@/lib/sites';
import { manualItem } from '@/lib/ui/manual';

export interface ManualAddProps {
  /** The marketplace and kind the panel suggests (the page's own, when known). */
  site?: SiteId;
  kind?: ItemKind;
  /** Unfolded at first: on a page Defuse cannot read, this is the way in. */
  defaultOpen?: boolean;
  onAdd(site: SiteId, item: SnapshotItem, pageUrl: string): void;
}

/**
 * The manual path: paste a buyer's text, or take what the agent selected on
 * the page (context menu or shortcut), choose the marketplace and kind, and
 * it becomes an item with the same analysis, checklist, drafts and history.
 */
export function ManualAdd({ site, kind, defaultOpen = false, onAdd }: ManualAddProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [from, setFrom] = useState<string>();
  const [chosenSite, setSite] = useState<SiteId>(site ?? SITE_IDS[0]);
  const [chosenKind, setKind] = useState<ItemKind>(kind ?? 'messages');
  const [author, setAuthor] = useState('');
  const [orderId, setOrderId] = useState('');
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState(defaultOpen);

  useEffect(() => {
    if (site) setSite(site);
  }, [site]);
  useEffect(() => {
    if (kind) setKind(kind);
  }, [kind]);

  // A selection sent from the page fills the box (now, or one made before the panel opened).
  useEffect(() => {
    const take = (raw: unknown) => {
      const parsed = parseMessage(ManualSelectionSchema, raw);
      if (!parsed.ok) return;
      setText(parsed.value.text);
      setOpen(true);
      const url = parsed.value.url;
      setFrom(url);
      const s = url ? adapterFor(url) : undefined;
      if (s) setSite(s.id);
      if (s && url) {
        const k = s.detect(url);
        if (k !== 'none') setKind(k);
      }
    };
    const onMessage = (raw: unknown) => {
      if ((raw as { type?: unknown } | null)?.type === 'manual-selection') take(raw);
      return undefined;
    };
    const runtime = browser.runtime as typeof browser.runtime | undefined;
    try {
      runtime?.onMessage?.addListener(onMessage);
      Promise.resolve(runtime?.sendMessage?.({ type: 'take-selection' }))
        .then((r: unknown) => r && take({ ...(r as object), type: 'manual-selection' }))
        .catch(() => {});
    } catch {
      // no extension runtime (a test page): pasting still works
    }
    return () => runtime?.onMessage?.removeListener(onMessage);
  }, []);

  const add = () => {
    const item = manualItem({ site: chosenSite, kind: chosenKind, text, author, orderId });
    if (!item) {
      setError(t('sites.manual.empty'));
      return;
    }
    setError(undefined);
    onAdd(chosenSite, item, from ?? '');
    setText('');
    setAuthor('');
    setOrderId('');
    setFrom(undefined);
  };

  let host = '';
  try {
    host = from ? new URL(from).host : '';
  } catch {
    host = '';
  }

  return (
    <details
      className="manual-add"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{t('sites.manual.title')}</summary>
      <label htmlFor={`${id}-text`}>{t('sites.manual.text')}</label>
      <textarea
        id={`${id}-text`}
        data-testid="manual-text"
        rows={5}
        value={text}
        placeholder={t('sites.manual.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      {host && <p className="muted">{t('sites.manual.fromPage', { host })}</p>}
      <div className="manual-fields">
        <label>
          {t('sites.manual.site')}{' '}
          <select
            data-testid="manual-site"
            value={chosenSite}
            onChange={(e) => setSite(e.target.value as SiteId)}
          >
            {/* every marketplace, read by Defuse or not yet */}
            {SITE_IDS.map((id) => (
              <option key={id} value={id}>
                {SITES.find((s) => s.id === id)?.name ?? id}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sites.manual.kind')}{' '}
          <select
            data-testid="manual-kind"
            value={chosenKind}
            onChange={(e) => setKind(e.target.value as ItemKind)}
          >
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sites.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sites.manual.author')}{' '}
          <input value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <label>
          {t('sites.manual.order')}{' '}
          <input value={orderId} onChange={(e) => setOrderId(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="alert warn" role="alert">
          {error}
        </p>
      )}
      <button type="button" data-testid="manual-add" onClick={add}>
        {t('sites.manual.add')}
      </button>
    </details>
  );
}
