import { usePanel, type NoticePlace } from '@/lib/ui/store';

/** The panel's last result or error, shown only where the action that caused it lives. */
export function Notice({ at }: { at: NoticePlace }) {
  const notice = usePanel((s) => s.notice);
  if (!notice || (notice.at ?? 'case') !== at) return null;
  return (
    <p
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      {notice.text}
    </p>
  );
}
