import { useId } from 'react';
import { useT } from '@/lib/i18n/react';
import { appendRoom, type InsertAsk } from '@/lib/insert-reply';
import type { InsertMode } from '@/lib/messages';

export type InsertAnswer = InsertMode | 'cancel';

/**
 * The reply box already holds text the agent typed: asked right by the Insert button whether
 * the draft replaces it, goes after it (only when it still fits the box), or nothing happens.
 */
export function InsertPrompt({
  ask,
  draftLength,
  replyLimit,
  busy,
  onAnswer,
}: {
  ask: InsertAsk;
  draftLength: number;
  /** The item's reply limit as the page states it (eBay feedback: 80). */
  replyLimit?: number;
  busy: boolean;
  onAnswer(answer: InsertAnswer): void;
}) {
  const t = useT();
  const id = useId();
  const room = appendRoom(ask, replyLimit);
  const fits = room === undefined || draftLength <= room;
  return (
    <div className="insert-prompt" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} role="alert">
        {t('sites.insert.notEmpty', { count: ask.length })}
      </p>
      <div className="draft-actions">
        <button
          type="button"
          data-testid="insert-replace"
          className="primary"
          disabled={busy}
          onClick={() => onAnswer('replace')}
        >
          {t('sites.insert.replace')}
        </button>
        <button
          type="button"
          data-testid="insert-append"
          className="secondary"
          disabled={busy || !fits}
          aria-describedby={fits ? undefined : `${id}-room`}
          onClick={() => onAnswer('append')}
        >
          {t('sites.insert.append')}
        </button>
        <button
          type="button"
          data-testid="insert-cancel"
          className="secondary"
          onClick={() => onAnswer('cancel')}
        >
          {t('sites.insert.cancel')}
        </button>
      </div>
      {!fits && (
        <p id={`${id}-room`} className="muted hint">
          {t('sites.insert.noRoom', { count: draftLength, room: room ?? 0 })}
        </p>
      )}
    </div>
  );
}
