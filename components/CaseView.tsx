import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SiteId, SnapshotItem } from '@/lib/messages';
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
import { lintDraft } from '@/lib/drafts/lint';
import { caseEvents, recordDraft, setStep, type CaseRecord } from '@/lib/db';
import { useT, useUiLocale } from '@/lib/i18n/react';
import { usePanel } from '@/lib/ui/store';
import { dateForDeadlines, productForBuyer } from '@/lib/ui/product';
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
  item: SnapshotItem;
  analysis: Analysis;
  record?: CaseRecord;
  agentName?: string;
  shopName?: string;
  onInsert(text: string): Promise<{ ok: boolean; message: string }>;
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
  const uiLocale = useUiLocale((s) => s.locale);
  const [busy, setBusy] = useState(false);
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
  // What the page shows of the case; the analysis' readCase() will fill the rest (issue 9).
  const facts = {
    ...NO_CASE_FACTS,
    sellerReplied: item.messages?.some((m) => m.from === 'seller') ?? false,
  };
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
  const stage = (panel.stage[caseId] as DraftStage | undefined) ?? suggested;
  const picked = useRemedies((s) => s.chosen[caseId]);
  const setRemedies = useRemedies((s) => s.set);
  const remedies =
    picked ?? defaultRemedies({ platform: site, causes, flags: analysis.flags, facts });
  const language = panel.language[caseId] ?? draftLanguage(analysis.language);
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
  const text = panel.edits[editKey] ?? generated;
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
  const ready = record !== undefined;
  const onSet = (id: string, next: Parameters<typeof setStep>[2]) => void setStep(caseId, id, next);
  const onDraft = (s: string) => {
    panel.setStage(caseId, s);
    document.getElementById('case-draft')?.scrollIntoView?.({ block: 'nearest' });
  };

  const insert = async () => {
    setBusy(true);
    try {
      const r = await onInsert(text);
      panel.setNotice({ kind: r.ok ? 'ok' : 'error', text: r.message, at: 'draft' });
      if (r.ok) await recordDraft(caseId, 'draft_inserted', stage);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await onCopy(text);
      await recordDraft(caseId, 'draft_copied', stage);
      panel.setNotice({ kind: 'ok', text: t('caseview.copied'), at: 'draft' });
    } catch {
      panel.setNotice({ kind: 'error', text: t('caseview.noClipboard'), at: 'draft' });
    }
  };

  return (
    <article className="case" data-testid="case-view" data-case-id={caseId}>
      <CaseHeader item={item} analysis={analysis} />
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
        busy={busy}
        onText={(v) => panel.setEdit(editKey, v)}
        onReset={() => panel.setEdit(editKey, undefined)}
        onStage={(s) => panel.setStage(caseId, s)}
        onLanguage={(l) => panel.setLanguage(caseId, l)}
        onInsert={() => void insert()}
        onCopy={() => void copy()}
      />
      <CaseChecklist
        steps={steps}
        state={state}
        lang={lang}
        ready={ready}
        current={current}
        onSet={onSet}
        onDraft={onDraft}
      />
      <CaseOutcome caseId={caseId} record={record} />
      <Timeline events={events} />
    </article>
  );
}
