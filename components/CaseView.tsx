import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InsertMode, SiteId, SnapshotItem } from '@/lib/messages';
import type { InsertAsk, InsertReply } from '@/lib/insert-reply';
import type { Analysis, Language } from '@/lib/analysis/types';
import { checklistFor, progress } from '@/lib/playbook';
import {
  channelOf,
  defaultRemedies,
  draftStagesFor,
  remedyOptions,
  renderDraft,
  suggestStage,
  type DraftStage,
} from '@/lib/drafts';
import { NO_CASE_FACTS } from '@/lib/analysis/case-facts';
import { useCaseReader } from '@/lib/ui/useAnalyzer';
import { lintDraft } from '@/lib/drafts/lint';
import { resumedDraft } from '@/lib/drafts/resume';
import { fillTemplate, templatesFor } from '@/lib/templates';
import {
  caseEvents,
  db,
  recordDraft,
  saveDraft,
  setStep,
  undoDraftReset,
  type CaseRecord,
  type OpenCaseInput,
} from '@/lib/db';
import { reportFailure } from './DbProblemBanner';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import { dateForDeadlines, productForBuyer } from '@/lib/ui/product';
import { useCommand } from '@/lib/ui/commandBus';
import { useShortcuts } from '@/lib/ui/shortcuts';
import { AnalysisPanel } from './AnalysisPanel';
import { Timeline } from './Timeline';
import { RemedyPicker, useRemedies } from './RemedyPicker';
import { CaseHeader } from './case/CaseHeader';
import { NextStep } from './case/NextStep';
import { CaseDraft } from './case/CaseDraft';
import { CaseChecklist } from './case/CaseChecklist';
import { CaseOutcome } from './case/CaseOutcome';

const draftLanguage = (l: Language): Exclude<Language, 'other'> => (l === 'other' ? 'en' : l);
/** Masked names (张***) read badly in a greeting; the template's polite form is better. */
const usableName = (name?: string) => (name && !name.includes('*') ? name : undefined);

export interface CaseViewProps {
  caseId: string;
  site: SiteId;
  /** The page the item was read from: working on the item stores its case with it. */
  pageUrl?: string;
  item: SnapshotItem;
  analysis: Analysis;
  record?: CaseRecord;
  agentName?: string;
  shopName?: string;
  /** Without a mode, a box holding the agent's text is left alone and the reply asks. */
  onInsert(text: string, mode?: InsertMode): Promise<InsertReply>;
  onCopy(text: string): Promise<void>;
}

/**
 * One case, top to bottom in the order the agent works: what was written, why,
 * the step to do now, the reply and its Insert, then the whole checklist, the
 * outcome and the history. Each section is its own component (components/case/).
 */
export function CaseView({
  caseId,
  site,
  pageUrl,
  item,
  analysis,
  record,
  agentName,
  shopName,
  onInsert,
  onCopy,
}: CaseViewProps) {
  const t = useT();
  const panel = usePanel();
  // Working on an item (a step, a draft, a note) opens its case if it is not stored yet.
  const seed: OpenCaseInput | undefined = pageUrl ? { site, item, pageUrl, analysis } : undefined;
  const uiLocale = useUiLocale((s) => s.locale);
  const [busy, setBusy] = useState(false);
  const [ask, setAsk] = useState<InsertAsk>();
  const events = useLiveQuery(() => caseEvents(caseId), [caseId], []);
  const causes = analysis.causes.map((c) => c.cause);
  const steps = useMemo(
    () =>
      checklistFor({
        platform: site,
        kind: item.kind,
        causes,
        flags: analysis.flags,
        polarity: item.polarity ?? analysis.sentiment,
        itemDate: dateForDeadlines(item.date),
      }),
    // causes is derived from analysis
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [site, item.kind, item.date, analysis],
  );
  // What the whole case says: the analysis' own reading when it had the thread, else the thread or
  // the review read here (photos sent, fault described, a remedy asked for, a deadline, urgency).
  // (The engine loads lazily: until it is there, nothing is known yet.)
  const readCase = useCaseReader();
  const facts = useMemo(
    () =>
      analysis.case ??
      (!readCase
        ? NO_CASE_FACTS
        : item.messages?.length
          ? readCase(item.messages, undefined, site)
          : readCase([{ from: 'buyer', text: item.body }], undefined, site)),
    [analysis.case, item.messages, item.body, readCase, site],
  );
  const polarity = item.polarity ?? analysis.sentiment;
  const allowedStages = draftStagesFor(site, item.kind, polarity, analysis.flags);
  const suggested = suggestStage({
    platform: site,
    kind: item.kind,
    polarity,
    flags: analysis.flags,
    causes,
    contacted: item.contacted,
    facts,
    inserted: events.some((e) => e.type === 'draft_inserted'),
    resolved: record?.outcome !== undefined,
  });
  const sentAt = events
    .filter((e) => e.type === 'draft_inserted' || e.type === 'draft_copied')
    .reduce<number | undefined>((m, e) => Math.max(m ?? e.at, e.at), undefined);
  // After a panel reload, reopen on the draft the agent left (lib/drafts/resume.ts).
  const resumed = resumedDraft(
    record?.draft,
    allowedStages.length ? allowedStages : ['first_contact'],
    sentAt,
  );
  const stage = (panel.stage[caseId] as DraftStage | undefined) ?? resumed?.stage ?? suggested;
  const picked = useRemedies((s) => s.chosen[caseId]);
  const setRemedies = useRemedies((s) => s.set);
  const remedies =
    picked ?? defaultRemedies({ platform: site, causes, flags: analysis.flags, facts });
  const language =
    panel.language[caseId] ??
    (resumed && resumed.stage === stage ? resumed.language : draftLanguage(analysis.language));
  const channel = channelOf(stage);
  const editKey = `${caseId}|${stage}|${language}`;
  const generated = useMemo(
    () =>
      renderDraft({
        platform: site,
        kind: item.kind,
        stage,
        language,
        buyerName: usableName(item.author),
        product: productForBuyer(item.product),
        orderId: item.orderId,
        causes,
        evidence: analysis.causes.flatMap((c) => c.evidence).slice(0, 3),
        maxLength: item.replyLimit,
        agentName,
        shopName,
        facts,
        flags: analysis.flags,
        remedies,
        caseId,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [site, item, stage, language, analysis, agentName, shopName, remedies.join(), caseId],
  );
  // The agent's own templates for this stage, platform and buyer language, those for the case's
  // causes first, filled for this case.
  const allTemplates = useLiveQuery(() => db().templates.toArray(), [], []);
  const templateChoices = useMemo(
    () =>
      language === 'other'
        ? []
        : templatesFor(allTemplates, { stage, platform: site, language, causes }).map((tpl) => ({
            id: tpl.id,
            label: tpl.cause ? `${tpl.name} · ${t(`analysis.cause.${tpl.cause}`)}` : tpl.name,
            text: fillTemplate(tpl.text, {
              buyer: usableName(item.author),
              product: productForBuyer(item.product),
              order: item.orderId,
              shop: shopName,
              agent: agentName,
            }),
          })),
    // causes is derived from analysis
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [allTemplates, stage, site, language, item, shopName, agentName, analysis, t],
  );
  const saved = record?.draft;
  // The last edited draft survives a panel reload (it is stored with the case).
  const text =
    panel.edits[editKey] ??
    (saved && saved.stage === stage && saved.language === language && saved.text
      ? saved.text
      : generated);
  const findings = useMemo(
    () =>
      lintDraft(text, {
        platform: site,
        channel,
        kind: item.kind,
        maxLength: item.replyLimit,
        lang: uiLocale,
      }),
    [text, site, channel, item.kind, item.replyLimit, uiLocale],
  );
  const state = record?.steps ?? {};
  const current = progress(steps, state).next;
  // The checklist speaks the agent's language; the draft the buyer's.
  const lang = uiLocale;
  // A first click on an item without a case opens it in the same transaction.
  const ready = record !== undefined || seed !== undefined;
  const onSet = (id: string, next: Parameters<typeof setStep>[2]) =>
    reportFailure(setStep(caseId, id, next, { open: seed }));
  const onDraft = (s: string) => {
    panel.setStage(caseId, s);
    document.getElementById('case-draft')?.scrollIntoView?.({ block: 'nearest' });
  };

  const insert = async (mode?: InsertMode) => {
    setBusy(true);
    let r: Awaited<ReturnType<typeof onInsert>>;
    try {
      r = await onInsert(text, mode);
    } finally {
      setBusy(false);
    }
    setAsk(r.ask);
    // the question by the Insert button says it all; an older notice would contradict it
    panel.setNotice(
      r.ask ? undefined : { kind: r.ok ? 'ok' : 'error', text: r.message, at: 'draft' },
    );
    // Recorded after the button is free again; a failure shows on the banner.
    if (r.ok) reportFailure(recordDraft(caseId, 'draft_inserted', stage, { open: seed }));
  };
  const copy = async () => {
    try {
      await onCopy(text);
      await recordDraft(caseId, 'draft_copied', stage, { open: seed });
      panel.setNotice({ kind: 'ok', text: t('caseview.copied'), at: 'draft' });
    } catch {
      panel.setNotice({ kind: 'error', text: t('caseview.noClipboard'), at: 'draft' });
    }
  };

  const blocked = findings.some((f) => f.severity === 'block') || text.trim().length === 0;
  useCommand('insert-draft', blocked || busy ? undefined : () => void insert());
  useCommand('copy-draft', blocked ? undefined : () => void copy());
  const setCurrent = (next: 'done' | 'skipped') => () => {
    const s = steps.find((x) => x.id === current);
    if (!ready || !s || (next === 'done' && s.availability === 'not_allowed')) return;
    onSet(s.id, next);
  };
  useShortcuts({ stepDone: setCurrent('done'), stepSkip: setCurrent('skipped') });

  return (
    <article className="case" data-testid="case-view" data-case-id={caseId}>
      <CaseHeader item={item} analysis={analysis} practice={record?.practice === 1} />
      <AnalysisPanel analysis={analysis} />
      <NextStep
        step={steps.find((s) => s.id === current)}
        lang={lang}
        ready={ready}
        onSet={onSet}
        onDraft={onDraft}
      />
      <CaseDraft
        remedies={
          stage === 'remedies' ? (
            <RemedyPicker
              options={remedyOptions(site)}
              value={remedies}
              onChange={(r) => setRemedies(caseId, r)}
            />
          ) : undefined
        }
        text={text}
        findings={findings}
        stage={stage}
        stages={(allowedStages.length ? allowedStages : (['first_contact'] as DraftStage[])).map(
          (s) => ({ id: s, label: t(`drafts.stage.${s}`) }),
        )}
        language={language}
        maxLength={item.replyLimit}
        replyable={item.replyable}
        replyAction={item.replyAction}
        busy={busy}
        templates={templateChoices}
        onText={(v) => {
          panel.setEdit(editKey, v);
          reportFailure(saveDraft(caseId, { stage, language, text: v }, { open: seed }));
        }}
        onReset={() => {
          panel.setEdit(editKey, undefined);
          // Always stored: the edit just typed may not be in the record yet (writes run in order).
          reportFailure(saveDraft(caseId, undefined));
        }}
        onStage={(s) => panel.setStage(caseId, s)}
        onLanguage={(l) => panel.setLanguage(caseId, l)}
        onInsert={() => void insert()}
        ask={ask}
        onAnswer={(a) => {
          if (a !== 'cancel') return void insert(a);
          setAsk(undefined);
          panel.setNotice({ kind: 'ok', text: t('sites.insert.cancelled'), at: 'draft' });
        }}
        onCopy={() => void copy()}
      />
      {saved?.previous && !saved.text && (
        <button
          type="button"
          className="secondary"
          data-testid="undo-reset"
          onClick={() => reportFailure(undoDraftReset(caseId))}
        >
          {t('queue.undoReset')}
        </button>
      )}
      <CaseChecklist
        steps={steps}
        state={state}
        lang={lang}
        ready={ready}
        current={current}
        onSet={onSet}
        onDraft={onDraft}
      />
      <CaseOutcome caseId={caseId} record={record} seed={seed} />
      <Timeline events={events} />
    </article>
  );
}
