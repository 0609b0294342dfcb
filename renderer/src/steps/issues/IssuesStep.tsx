import { useRef, useState } from 'react';
import type { Deal } from '../../../../core/deal';
import type { Issue, Side } from '../../../../core/issues';
import { mainIssueSourceOf as mainIssueSource, objectivesOf } from '../../../../core/objectives';
import { classifyTradeables } from '../../../../core/tradeables';
import { errorMessage, useApi, useApiMutation } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { useDragReorder, useRowFocus } from '../../ui/rows';
import { useToast } from '../../ui/Toasts';
import { useTypeAhead } from '../../ui/typeAhead';
import { useDeleteWithUndo } from '../../ui/useDeleteWithUndo';
import '../steps.css';
import { LibraryIssuesDialog } from '../../library/LibraryIssuesDialog';
import { CalculatorPanel } from '../calculator/CalculatorPanel';
import { useRowActions } from '../shared/rowApi';
import { IssueCard } from './IssueCard';
import { StarterIssuesDialog } from './StarterIssuesDialog';
import { TradeablesMatrix } from './TradeablesMatrix';

const pointFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function IssuesStep({ deal }: { deal: Deal }) {
  const issues = useRows('issues', deal.id);
  const batna = useApi('batna.get', { dealId: deal.id });
  const evidenceLinks = useApi('evidenceLinks.list', { dealId: deal.id });
  const rows = useRowActions('issues', deal.id);
  const normalise = useApiMutation('issues.normaliseWeights');
  const setWeights = useApiMutation('issues.setWeights');
  const toast = useToast();
  const [suggesting, setSuggesting] = useState(false);
  const [fromLibrary, setFromLibrary] = useState(false);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const cards = useRef(new Map<string, HTMLElement>());
  const list = issues.data ?? [];
  const focus = useRowFocus(issues.data);
  const fail = (error: unknown) => toast({ tone: 'error', message: errorMessage(error) });

  const moveTo = (id: string, toIndex: number) => {
    focus.keepFocus();
    rows.move(id, toIndex).catch(fail);
  };
  const drag = useDragReorder(moveTo);
  const deletion = useDeleteWithUndo<Issue>({
    table: 'issues',
    what: 'issue',
    describe: (issue) => issue.name,
    isEmpty: (issue) => !issue.name.trim() && issue.options.length === 0,
    // The delete is soft: Undo brings back the issue with its options, links, anchor and evidence.
    consequence: (issue) =>
      `${issue.options.length ? `Its ${issue.options.length} option(s) and their scores go with it. ` : ''}` +
      'Any anchor or evidence links on this issue go too until you undo.',
    remove: (issue) => rows.remove(issue.id),
    restore: (row) => rows.restore(row.id),
    rows: list,
  });

  // Typing right after Enter goes into a stand-in until the new issue exists (ui/typeAhead).
  const ahead = useTypeAhead({
    ids: list.map((issue) => issue.id),
    elementOf: focus.elementOf,
    create: (afterId) => rows.create({}, afterId),
    onError: fail,
    placeholder: 'e.g. Payment terms',
    label: 'New issue name',
    className: 'issue-type-ahead',
  });
  const addAfter = (afterId?: string) => ahead.start(afterId);

  const normaliseSide = async (side: Side) => {
    try {
      const change = await normalise.mutateAsync({ dealId: deal.id, side });
      toast({
        message: `${side === 'us' ? 'Our' : 'Their'} weights now add up to 100.`,
        action: {
          label: 'Undo',
          run: () =>
            void setWeights
              .mutateAsync({ dealId: deal.id, side, weights: change.previous.map((p) => ({ ...p })) })
              .catch(fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const openIssue = (id: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      next.delete(id);
      return next;
    });
    const card = cards.current.get(id);
    card?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    card?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
  };

  const sumUs = list.reduce((sum, issue) => sum + issue.weightUs, 0);
  const sumThem = list.reduce((sum, issue) => sum + issue.weightThem, 0);
  const tradeables = classifyTradeables(list);

  if (issues.isPending) return <p className="loading">Loading issues…</p>;
  if (issues.isError) return <div className="banner banner-error">{errorMessage(issues.error)}</div>;

  return (
    <div className="step-body issues-step">
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void addAfter()}>
          + Add issue
        </button>
        <button type="button" onClick={() => setSuggesting(true)}>
          Suggest issues…
        </button>
        <button type="button" onClick={() => setFromLibrary(true)}>
          Add from library…
        </button>
        <div className="weight-sums" aria-live="polite">
          <span data-testid="sum-us">
            Our weights: <strong>{pointFormat.format(sumUs)}</strong> pts
          </span>
          <button type="button" className="link-button" onClick={() => void normaliseSide('us')} disabled={!sumUs}>
            Normalise ours to 100
          </button>
          <span data-testid="sum-them">
            Their weights: <strong>{pointFormat.format(sumThem)}</strong> pts
          </span>
          <button type="button" className="link-button" onClick={() => void normaliseSide('them')} disabled={!sumThem}>
            Normalise theirs to 100
          </button>
        </div>
      </div>

      {list.length === 0 && !ahead.active ? (
        <div className="empty-panel">
          <p>
            List every term that could move in this negotiation — not only the price. The more issues, the more room to
            trade one thing for another.
          </p>
          <p className="muted">Press “Suggest issues…” for the usual ones in a {deal.context} deal, or add your own.</p>
        </div>
      ) : (
        <>
          <p className="keyboard-hint muted">
            Enter in a name adds an issue below · Alt+↑/↓ moves the focused issue · Ctrl+Delete deletes it · drag ⠿ to
            reorder
          </p>
          <div className="issue-list-head" aria-hidden>
            <span />
            <span>Issue</span>
            <span>Category</span>
            <span>Our weight</span>
            <span>Their weight (est.)</span>
          </div>
          <ol className="issue-list" aria-label="Issues">
            {[
              ...list.flatMap((issue, index) => [
                <IssueCard
                  key={issue.id}
                  issue={issue}
                  index={index}
                  count={list.length}
                  currency={deal.currency}
                  objectives={objectivesOf(issue, mainIssueSource(batna.data), deal.ourSide)}
                  evidenceCount={
                    (evidenceLinks.data ?? []).filter((l) => l.target === 'issue' && l.targetId === issue.id).length
                  }
                  expanded={!collapsed.has(issue.id)}
                  onToggle={() =>
                    setCollapsed((current) => {
                      const next = new Set(current);
                      if (next.has(issue.id)) next.delete(issue.id);
                      else next.add(issue.id);
                      return next;
                    })
                  }
                  cardRef={(element) => {
                    focus.rowRef(issue.id)(element);
                    if (element) cards.current.set(issue.id, element);
                    else cards.current.delete(issue.id);
                  }}
                  onAddAfter={() => void addAfter(issue.id)}
                  onMove={(delta) => moveTo(issue.id, index + delta)}
                  onDelete={() => deletion.request(issue)}
                  dragHandle={drag.handleProps(issue.id)}
                  dropProps={drag.rowProps(index, (id) => list.findIndex((i) => i.id === id))}
                  dropMark={drag.dropMark(index)}
                  dragging={drag.dragging === issue.id}
                />,
                ahead.after(issue.id),
              ]),
              ahead.after(undefined),
            ]}
          </ol>
        </>
      )}

      {list.some((issue) => issue.numericKind !== null) && (
        <CalculatorPanel deal={deal} issues={list} batna={mainIssueSource(batna.data)} />
      )}

      <section className="panel" aria-labelledby="tradeables-heading">
        <h3 id="tradeables-heading">Tradeables matrix</h3>
        <p className="panel-intro">
          Each issue placed by how much it matters to you against how much you think it matters to them, from the
          weights above. Click an issue to open it.
        </p>
        <TradeablesMatrix map={tradeables} onOpen={openIssue} issueCount={list.length} />
      </section>

      <StarterIssuesDialog
        open={suggesting}
        deal={deal}
        existing={list.map((i) => i.name)}
        onClose={() => setSuggesting(false)}
      />
      <LibraryIssuesDialog
        open={fromLibrary}
        deal={deal}
        existing={list.map((i) => i.name)}
        onClose={() => setFromLibrary(false)}
      />
      {deletion.dialog}
    </div>
  );
}
