import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SiteId, SnapshotItem } from '@/lib/messages';
import type { Analysis, Language } from '@/lib/analysis/types';
import { checklistFor, progress } from '@/lib/playbook';
import { channelOf, renderDraft, DRAFT_STAGES, type DraftStage } from '@/lib/drafts';
import { lintDraft } from '@/lib/drafts/lint';
import {
  caseEvents,
  recordDraft,
  saveDraft,
  setOutcome,
  setStep,
  undoDraftReset,
  OUTCOMES,
  type CaseRecord,
  type OpenCaseInput,
} from '@/lib/db';
import { useT } from '@/lib/i18n/react';
import { CaseNotes } from './CaseNotes';
import { CaseStatusSelect } from './CaseStatus';
import { reportFailure } from './DbProblemBanner';
import { usePanel } from '@/lib/ui/store';
import { productForBuyer } from '@/lib/ui/product';
import { AnalysisPanel } from './AnalysisPanel';
import { Checklist } from './Checklist';
import { DraftEditor } from './DraftEditor';
import { HighlightedText } from './HighlightedText';
import { Stars } from './Stars';
import { Timeline } from './Timeline';

const STAGE_LABELS: Record<DraftStage, string> = {
  first_contact: 'First contact 首次联系',
  remedies: 'Remedies 补救方案',
  follow_up: 'Follow-up 跟进回访',
  review_update: 'Review update request 评价更新',
  final_outreach: 'Final outreach 终极沟通',
  public_reply: 'Public reply 公开回复',
};

const draftLanguage = (l: Language): Exclude<Language, 'other'> => (l === 'other' ? 'en' : l);
/** Masked names (张***) read badly in a greeting; the template's polite form is better. */
const usableName = (name?: string) => (name && !name.includes('*') ? name : undefined);

export interface CaseViewProps {
  caseId: string;
  site: SiteId;
  /** The page the item was read from (a work click stores the case with it). */
  pageUrl?: string;
  item: SnapshotItem;
  analysis: Analysis;
  record?: CaseRecord;
  agentName?: string;
  shopName?: string;
  onInsert(text: string): Promise<{ ok: boolean; message: string }>;
  onCopy(text: string): Promise<void>;
}

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
  const panel = usePanel();
  const t = useT();
  // Working on an item (a step, a draft, a note) opens its case if it is not stored yet.
  const seed: OpenCaseInput | undefined = pageUrl ? { site, item, pageUrl, analysis } : undefined;
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
        itemDate: item.date,
      }),
    // causes is derived from analysis
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [site, item.kind, item.date, analysis],
  );
  const allowedStages = DRAFT_STAGES.filter((s) =>
    steps.some(
      (st) =>
        st.draftStage === s &&
        st.availability !== 'not_allowed' &&
        st.availability !== 'not_applicable',
    ),
  );
  const stage =
    (panel.stage[caseId] as DraftStage | undefined) ?? allowedStages[0] ?? 'first_contact';
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
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [site, item, stage, language, analysis, agentName, shopName],
  );
  const saved = record?.draft;
  // The last edited draft survives a panel reload (stored with the case).
  const text =
    panel.edits[editKey] ??
    (saved && saved.stage === stage && saved.language === language && saved.text
      ? saved.text
      : generated);
  const findings = useMemo(
    () => lintDraft(text, { platform: site, channel, kind: item.kind, maxLength: item.replyLimit }),
    [text, site, channel, item.kind, item.replyLimit],
  );
  const state = record?.steps ?? {};
  const prog = progress(steps, state);
  const lang: 'en' | 'zh' = language === 'en' ? 'en' : 'zh';

  const insert = async () => {
    setBusy(true);
    try {
      const r = await onInsert(text);
      panel.setNotice({ kind: r.ok ? 'ok' : 'error', text: r.message });
      if (r.ok) await recordDraft(caseId, 'draft_inserted', stage, { open: seed });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await onCopy(text);
      await recordDraft(caseId, 'draft_copied', stage, { open: seed });
      panel.setNotice({ kind: 'ok', text: 'Copied. 已复制。' });
    } catch {
      panel.setNotice({
        kind: 'error',
        text: 'The clipboard is not available here; select the text and copy it.',
      });
    }
  };

  return (
    <article className="case" data-testid="case-view" data-case-id={caseId}>
      <header className="case-head">
        <h2>
          <Stars rating={item.rating} />{' '}
          {item.title || (item.kind === 'messages' ? 'Buyer message' : 'Review')}
        </h2>
        <p className="item-meta">
          {[item.author, item.date, item.orderId && `Order ${item.orderId}`, item.product]
            .filter(Boolean)
            .join(' · ')}
          {item.contacted && <span className="badge">already contacted</span>}
          {item.fba && <span className="badge">FBA</span>}
        </p>
        <blockquote className="item-body">
          <HighlightedText text={item.body} marks={analysis.causes.flatMap((c) => c.evidence)} />
        </blockquote>
      </header>

      <AnalysisPanel analysis={analysis} />

      <section aria-label="Checklist">
        <h3>
          Checklist 处理步骤{' '}
          <span className="muted">
            {prog.done}/{prog.total} done
          </span>
        </h3>
        <Checklist
          steps={steps}
          state={state}
          lang={lang}
          ready
          onSet={(id, next) => reportFailure(setStep(caseId, id, next, { open: seed }))}
          onDraft={(s) => panel.setStage(caseId, s)}
        />
      </section>

      <DraftEditor
        text={text}
        findings={findings}
        stage={stage}
        stages={(allowedStages.length ? allowedStages : (['first_contact'] as DraftStage[])).map(
          (s) => ({
            id: s,
            label: STAGE_LABELS[s],
          }),
        )}
        language={language}
        maxLength={item.replyLimit}
        replyable={item.replyable}
        busy={busy}
        onText={(value) => {
          panel.setEdit(editKey, value);
          reportFailure(saveDraft(caseId, { stage, language, text: value }, { open: seed }));
        }}
        onReset={() => {
          panel.setEdit(editKey, undefined);
          if (record?.draft) reportFailure(saveDraft(caseId, undefined));
        }}
        onStage={(s) => panel.setStage(caseId, s)}
        onLanguage={(l) => panel.setLanguage(caseId, l)}
        onInsert={() => void insert()}
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
      {record && <CaseStatusSelect record={record} />}
      <CaseNotes caseId={caseId} record={record} open={{ open: seed }} />

      <section aria-label="Outcome" className="outcome">
        <label>
          Outcome 结果{' '}
          <select
            value={record?.outcome ?? ''}
            disabled={!record}
            onChange={(e) =>
              reportFailure(
                setOutcome(caseId, (e.target.value || undefined) as CaseRecord['outcome']),
              )
            }
          >
            <option value="">Open (in progress)</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
      </section>

      <Timeline events={events} />
    </article>
  );
}
