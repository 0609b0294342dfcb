import type { Deal } from '../../../../core/deal';
import { commonGround, PARTIES, type Party } from '../../../../core/interests';
import { errorMessage } from '../../api/hooks';
import { useRows } from '../../api/rows';
import { routeHref } from '../../app/route';
import '../steps.css';
import { holdersOfParty } from './HolderPicker';
import { InterestList } from './InterestList';
import { PositionList } from './PositionList';
import { QuestionList } from './QuestionList';

const PARTY_TITLES: Record<Party, { title: string; intro: string }> = {
  us: {
    title: 'Our side',
    intro: 'Be honest about your own interests too: they are what a creative deal has to serve.',
  },
  them: {
    title: 'Their side',
    intro: 'Positions are what they say. Interests are the reasons behind them — often guessed at first, then checked.',
  },
};

export function InterestsStep({ deal }: { deal: Deal }) {
  const positions = useRows('positions', deal.id);
  const interests = useRows('interests', deal.id);
  const questions = useRows('diagnosticQuestions', deal.id);
  const issues = useRows('issues', deal.id);
  const stakeholders = useRows('stakeholders', deal.id);
  const failed = [positions, interests, questions].find((list) => list.isError);
  if (failed) return <div className="banner banner-error">{errorMessage(failed.error)}</div>;
  if (!positions.data || !interests.data || !questions.data) return <p className="loading">Loading…</p>;
  const issueList = (issues.data ?? []).map((i) => ({ id: i.id, name: i.name || 'Untitled issue' }));
  const shared = commonGround(interests.data);
  const holders = stakeholders.data ?? [];

  return (
    <div className="step-body interests-step">
      {PARTIES.map((party) => (
        <section key={party} className="panel" aria-labelledby={`party-${party}`}>
          <h3 id={`party-${party}`}>{PARTY_TITLES[party].title}</h3>
          <p className="panel-intro">
            {PARTY_TITLES[party].intro}{' '}
            {holdersOfParty(holders, party).length === 0 && (
              <>
                Put {party === 'us' ? 'our' : 'their'} people on the{' '}
                <a href={routeHref({ screen: 'workspace', dealId: deal.id, step: 'counterparty' })}>Counterparty map</a>{' '}
                to say who holds each position and interest.
              </>
            )}
          </p>
          <div className="positions-interests">
            <PositionList
              dealId={deal.id}
              party={party}
              positions={positions.data.filter((p) => p.party === party)}
              holders={holdersOfParty(holders, party)}
            />
            <InterestList
              dealId={deal.id}
              party={party}
              interests={interests.data.filter((i) => i.party === party)}
              issues={issueList}
              holders={holdersOfParty(holders, party)}
            />
          </div>
        </section>
      ))}

      <section className="panel common-ground" aria-labelledby="common-ground">
        <h3 id="common-ground">Common ground</h3>
        {shared.length ? (
          <ul>
            {shared.map((interest) => (
              <li key={interest.id}>
                {interest.text} <span className="tag">{interest.party === 'us' ? 'ours' : 'theirs'}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">
            Tick “Shared” on an interest both sides hold. Shared interests are where you start when talks get stuck.
          </p>
        )}
      </section>

      <section className="panel" aria-labelledby="questions">
        <h3 id="questions">Questions to ask</h3>
        <p className="panel-intro">
          Questions that would uncover their interests, each aimed at an interest or an issue. Record the answer after
          the meeting.
        </p>
        <QuestionList dealId={deal.id} questions={questions.data} interests={interests.data} issues={issueList} />
      </section>
    </div>
  );
}
