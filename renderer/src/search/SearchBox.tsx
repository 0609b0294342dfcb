import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type SearchHit, splitSnippet } from '../../../core/search';
import { apiQuery, errorMessage } from '../api/hooks';
import { navigate } from '../app/route';
import './search.css';

const DEBOUNCE_MS = 120;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Opens the screen a hit lives on: its deal's step, or the library tab. */
function open(hit: SearchHit) {
  const target = hit.target;
  if (target.screen === 'library') navigate({ screen: 'library', tab: target.tab });
  else if (hit.dealId) navigate({ screen: 'workspace', dealId: hit.dealId, step: target.step });
}

/** Matched words highlighted by splitting on the index's markers: plain text, never HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {splitSnippet(text).map((piece, index) =>
        piece.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable string
          <mark key={index}>{piece.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one immutable string
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** One box over deals, their rows and the library. Ctrl+K (⌘K) focuses it from anywhere. */
export function SearchBox() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [openList, setOpenList] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
        setOpenList(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const results = useQuery({
    ...apiQuery('search.query', { query, limit: 30 }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
  });

  // Hits arrive grouped by kind, in a fixed order; the flat list drives the arrow keys.
  const hits = query && results.data ? results.data : [];
  const groups = useMemo(() => {
    const byKind = new Map<string, { kind: string; label: string; hits: SearchHit[] }>();
    for (const hit of hits) {
      const group = byKind.get(hit.kind) ?? { kind: hit.kind, label: hit.group, hits: [] };
      group.hits.push(hit);
      byKind.set(hit.kind, group);
    }
    return [...byKind.values()];
  }, [hits]);
  const flat = groups.flatMap((group) => group.hits);
  const current = Math.min(active, Math.max(flat.length - 1, 0));

  // A new result list starts at its first hit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the results change
  useEffect(() => setActive(0), [results.data]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    open(hit);
    setOpenList(false);
    input.current?.blur();
  };

  const showList = openList && text.trim() !== '';
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search everything"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && flat.length ? optionId(current) : undefined}
        placeholder={`Search deals, people, library… (${isMac ? '⌘' : 'Ctrl+'}K)`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpenList(true);
        }}
        onFocus={() => setOpenList(true)}
        onBlur={() => window.setTimeout(() => setOpenList(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, flat.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(flat[current]);
          } else if (e.key === 'Escape') {
            setOpenList(false);
            input.current?.blur();
          }
        }}
      />
      {showList && (
        <div className="search-results" id={listId} role="listbox" aria-label="Search results">
          {results.isError ? (
            <p className="search-note" role="alert">
              {errorMessage(results.error)}
            </p>
          ) : flat.length === 0 ? (
            <p className="search-note">
              {results.isFetching || query !== text.trim() ? 'Searching…' : 'Nothing found.'}
            </p>
          ) : (
            groups.map((group) => (
              // biome-ignore lint/a11y/useSemanticElements: ARIA's option group inside a listbox, not a form fieldset
              <div key={group.kind} className="search-group" role="group" aria-label={group.label}>
                <p className="search-group-title">{group.label}</p>
                {group.hits.map((hit) => {
                  const index = flat.indexOf(hit);
                  return (
                    <div
                      key={`${hit.kind}-${hit.refId}`}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === current}
                      tabIndex={-1}
                      className="search-hit"
                      onMouseDown={(e) => e.preventDefault()}
                      onMouseEnter={() => setActive(index)}
                      onClick={() => choose(hit)}
                      onKeyDown={() => {}}
                    >
                      <span className="search-hit-title">{hit.title || 'Untitled'}</span>
                      {hit.dealTitle && hit.kind !== 'deal' && <span className="search-hit-deal">{hit.dealTitle}</span>}
                      {hit.snippet && (
                        <span className="search-hit-snippet">
                          <Snippet text={hit.snippet} />
                        </span>
                      )}
                    </div>
                  );
                })}
              </div>
            ))
          )}
        </div>
      )}
    </div>
  );
}
