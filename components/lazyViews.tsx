// The side panel's first screen is the list: the case view (drafts, checklist,
// linter, templates), the settings and the practice screen are fetched when
// first shown, and fetched ahead in idle time once the list is up, so opening
// a case does not wait on the network-free but still costly parse of their code.
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/react';

const loadCase = () => import('./CaseView');
const loadSettings = () => import('./settings/SettingsView');
const loadPractice = () => import('./practice/PracticeView');

const LazyCase = lazy(() => loadCase().then((m) => ({ default: m.CaseView })));
const LazySettings = lazy(() => loadSettings().then((m) => ({ default: m.SettingsView })));
const LazyPractice = lazy(() => loadPractice().then((m) => ({ default: m.PracticeView })));

/** Starts fetching the views the list leads to; the case view first, the agent's next click. */
export function preloadViews(): void {
  void loadCase()
    .then(() => Promise.all([loadSettings(), loadPractice()]))
    .catch(() => {
      // a failed preload is retried by the view's own import when it is shown
    });
}

function Loading(): ReactNode {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('panel.reading')}
    </p>
  );
}

export function CaseView(props: ComponentProps<typeof LazyCase>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyCase {...props} />
    </Suspense>
  );
}

export function SettingsView(props: ComponentProps<typeof LazySettings>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazySettings {...props} />
    </Suspense>
  );
}

export function PracticeView(props: ComponentProps<typeof LazyPractice>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyPractice {...props} />
    </Suspense>
  );
}
