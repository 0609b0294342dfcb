import type { Anchor } from '../../../../core/anchors';
import type { Deal } from '../../../../core/deal';
import {
  type Claim,
  claimFieldsSchema,
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  type EvidenceItem,
  type EvidenceLink,
  evidenceFieldsSchema,
  evidenceGaps,
} from '../../../../core/evidence';
import type { Issue } from '../../../../core/issues';
import { CREDIBILITY_LABELS, CREDIBILITY_LEVELS } from '../../../../core/scales';
import { useApi } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { OptionalSelectCell } from '../../ui/cells';
import { TextField } from '../../ui/fields';
import { dateColumn, RowList, selectColumn, textColumn } from '../shared/RowList';
import { useRowActions } from '../shared/rowApi';
import { AttachmentControl } from './Attachment';
import { useEvidenceLinking } from './links';
import '../shared/rowTables.css';

const fields = evidenceFieldsSchema.shape;
const claimFields = claimFieldsSchema.shape;

/** An anchor named by its issue (the issue's current name when it has one) and its number. */
export const anchorName = (
  a: Pick<Anchor, 'issueId' | 'issueLabel' | 'opening' | 'unit'>,
  issues: readonly Pick<Issue, 'id' | 'name'>[] = [],
) =>
  `${issues.find((i) => i.id === a.issueId)?.name || a.issueLabel || 'Unnamed issue'}${
    a.opening !== null ? ` at ${a.opening}${a.unit ? ` ${a.unit}` : ''}` : ''
  }`;

export function EvidenceStep({ deal }: { deal: Deal }) {
  const items = useRows('evidence', deal.id);
  const claims = useRows('claims', deal.id);
  const anchors = useRows('anchors', deal.id);
  const links = useApi('evidenceLinks.list', { dealId: deal.id });
  const issues = useRows('issues', deal.id);
  const issueList = issues.data ?? [];
  const all = {
    items: items.data ?? [],
    claims: claims.data ?? [],
    anchors: anchors.data ?? [],
    links: links.data ?? [],
  };
  const gaps = evidenceGaps(all);
  const title = (id: string) => all.items.find((i) => i.id === id)?.title ?? '';
  const supporting = (target: 'claim' | 'anchor', id: string) =>
    all.links.filter((l) => l.target === target && l.targetId === id).map((l) => title(l.evidenceId));

  return (
    <div className="step-body wide">
      <section className="panel" aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">Evidence items</h3>
        <p className="panel-hint">
          Facts that make your numbers credible. Open a row to attach a file and tick what the item supports.
        </p>
        <RowList<EvidenceItem>
          table="evidence"
          dealId={deal.id}
          rows={all.items}
          caption="Evidence items"
          addField="title"
          addLabel="New evidence title"
          addPlaceholder="Add evidence: type a title, press Enter"
          addSchema={fields.title}
          describe={(i) => `“${i.title}”`}
          columns={[
            textColumn('title', 'Title', fields.title, { width: '22%' }),
            selectColumn('kind', 'Kind', EVIDENCE_KINDS, EVIDENCE_KIND_LABELS, { width: '15%' }),
            textColumn('source', 'Source', fields.source, { width: '15%' }),
            dateColumn('date', 'Date', fields.date, { width: '13%' }),
            {
              id: 'credibility',
              header: 'Credibility',
              width: '11%',
              cell: (i, saveField) => (
                <OptionalSelectCell
                  label="Credibility"
                  value={i.credibility}
                  noneLabel="—"
                  options={CREDIBILITY_LEVELS.map((value) => ({ value, label: CREDIBILITY_LABELS[value] }))}
                  save={saveField('credibility')}
                />
              ),
            },
            textColumn('link', 'Link', fields.link, { placeholder: 'https://…' }),
          ]}
          flags={(i) =>
            gaps.unusedItems.includes(i.id) ? ['Not used yet: tick a claim or anchor it supports (open the row).'] : []
          }
          detail={(i) => (
            <EvidenceDetail
              item={i}
              dealId={deal.id}
              claims={all.claims}
              anchors={all.anchors}
              issues={issueList}
              links={all.links}
            />
          )}
          emptyText="No evidence yet. Benchmarks, references and cost facts belong here."
        />
      </section>

      <section className="panel" aria-labelledby="claims-heading">
        <h3 id="claims-heading">Claims we will make</h3>
        <p className="panel-hint">Statements you plan to say in the room. Each should rest on at least one item.</p>
        <RowList<Claim>
          table="claims"
          dealId={deal.id}
          rows={all.claims}
          caption="Claims"
          addField="statement"
          addLabel="New claim"
          addPlaceholder="Add a claim, e.g. “Our onboarding takes half the industry's time”, press Enter"
          addSchema={claimFields.statement.min(1, 'Write the claim first')}
          describe={(c) => (c.statement ? `“${c.statement}”` : 'this claim')}
          columns={[
            textColumn('statement', 'Claim', claimFields.statement, { width: '60%' }),
            {
              id: 'backing',
              header: 'Backed by',
              cell: (c) => <Backing titles={supporting('claim', c.id)} />,
            },
          ]}
          emptyText="No claims yet."
        />
      </section>

      <section className="panel gaps" aria-labelledby="gaps-heading">
        <h3 id="gaps-heading">Gaps</h3>
        <div className="three-columns">
          <GapList
            title="Evidence nothing uses"
            empty="Every item supports a claim or an anchor."
            entries={gaps.unusedItems.map((id) => title(id))}
          />
          <GapList
            title="Claims with no evidence"
            empty="Every claim is backed."
            entries={gaps.unsupportedClaims.map(
              (id) => all.claims.find((c) => c.id === id)?.statement || 'Untitled claim',
            )}
          />
          <GapList
            title="Anchors with no evidence"
            empty="Every anchor is backed."
            entries={gaps.unsupportedAnchors.map((id) => {
              const anchor = all.anchors.find((a) => a.id === id);
              return anchor ? anchorName(anchor, issueList) : '';
            })}
          />
        </div>
      </section>
    </div>
  );
}

function Backing({ titles }: { titles: string[] }) {
  if (titles.length === 0) return <span className="flag-inline">No evidence yet</span>;
  return (
    <span className="chips">
      {titles.map((t) => (
        <span key={t} className="chip">
          {t}
        </span>
      ))}
    </span>
  );
}

function GapList({ title, entries, empty }: { title: string; entries: string[]; empty: string }) {
  return (
    <div>
      <h4>
        {title} <span className="badge">{entries.length}</span>
      </h4>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="gap-list">
          {entries.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: titles may repeat; the list is rebuilt on every read
            <li key={index}>{entry}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function EvidenceDetail(props: {
  item: EvidenceItem;
  dealId: string;
  claims: Claim[];
  anchors: Anchor[];
  issues: Issue[];
  links: EvidenceLink[];
}) {
  const actions = useRowActions('evidence', props.dealId);
  const link = useEvidenceLinking();
  const linked = (target: 'claim' | 'anchor' | 'issue', id: string) =>
    props.links.some((l) => l.evidenceId === props.item.id && l.target === target && l.targetId === id);
  return (
    <div className="detail-grid">
      <TextField
        label="Notes"
        multiline
        value={props.item.notes}
        schema={fields.notes}
        save={(notes, base) => actions.update(props.item.id, { notes }, { notes: base })}
      />
      <div className="stack">
        <AttachmentControl item={props.item} />
        {props.item.link && (
          <a href={props.item.link} target="_blank" rel="noopener noreferrer">
            Open the link in your browser
          </a>
        )}
      </div>
      <fieldset className="checklist">
        <legend>Supports these claims</legend>
        {props.claims.length === 0 && <p className="muted">No claims yet.</p>}
        {props.claims.map((c) => (
          <label key={c.id} className="checkbox">
            <input
              type="checkbox"
              checked={linked('claim', c.id)}
              onChange={(e) => void link(props.item.id, 'claim', c.id, e.target.checked)}
            />
            {c.statement || 'Untitled claim'}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist">
        <legend>Supports these anchors</legend>
        {props.anchors.length === 0 && <p className="muted">No anchors yet (Anchor worksheet).</p>}
        {props.anchors.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={linked('anchor', a.id)}
              onChange={(e) => void link(props.item.id, 'anchor', a.id, e.target.checked)}
            />
            {anchorName(a, props.issues)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checklist">
        <legend>Supports these issues</legend>
        {props.issues.length === 0 && <p className="muted">No issues yet (Issues &amp; options).</p>}
        {props.issues.map((issue) => (
          <label key={issue.id} className="checkbox">
            <input
              type="checkbox"
              checked={linked('issue', issue.id)}
              onChange={(e) => void link(props.item.id, 'issue', issue.id, e.target.checked)}
            />
            {issue.name || 'Unnamed issue'}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
