import { errorMessage, useApiMutation } from '../api/hooks';
import { type LibraryTab, routeHref } from '../app/route';
import { useToast } from '../ui/Toasts';
import { PhrasesTab } from './PhrasesTab';
import { TemplatesTab } from './TemplatesTab';
import { TradeablesTab } from './TradeablesTab';
import './library.css';

const TABS: { id: LibraryTab; label: string; intro: string }[] = [
  {
    id: 'templates',
    label: 'Templates',
    intro: 'Start a deal with the issues, people, questions and safeguards that usually matter in that kind of deal.',
  },
  {
    id: 'tradeables',
    label: 'Tradeables',
    intro: 'Terms that are often cheap for one side and valuable to the other. Add any of them to a deal’s issues.',
  },
  {
    id: 'phrases',
    label: 'Phrases',
    intro: 'Lines worth having ready, with blanks filled from a deal’s own issues. Insert them into “What to say”.',
  },
];

/** The organisation's know-how, carried from deal to deal. */
export function LibraryScreen({ tab }: { tab: LibraryTab }) {
  const restore = useApiMutation('library.restoreBuiltIns');
  const toast = useToast();
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];
  return (
    <section className="screen library-screen" aria-labelledby="library-heading">
      <header className="screen-header">
        <div>
          <h1 id="library-heading">Library</h1>
          <p className="subtitle">{current?.intro}</p>
        </div>
        <button
          type="button"
          title="Puts back the templates, tradeables and phrases that came with Parley and were deleted"
          onClick={() =>
            restore
              .mutateAsync({})
              .then(({ added }) =>
                toast({
                  message: added
                    ? `Restored ${added} built-in entr${added === 1 ? 'y' : 'ies'}.`
                    : 'Nothing was missing.',
                }),
              )
              .catch((error) => toast({ tone: 'error', message: errorMessage(error) }))
          }
        >
          Restore built-ins
        </button>
      </header>
      <nav className="tabs" aria-label="Library sections">
        {TABS.map((t) => (
          <a
            key={t.id}
            href={routeHref({ screen: 'library', tab: t.id })}
            aria-current={t.id === tab ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      <div className="library-body">
        {tab === 'templates' ? <TemplatesTab /> : tab === 'tradeables' ? <TradeablesTab /> : <PhrasesTab />}
      </div>
    </section>
  );
}
