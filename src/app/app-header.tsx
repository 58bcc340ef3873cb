/** Title, view navigation (real links, so a view can be opened in a new tab) and language. */
import { useState, type MouseEvent, type ReactElement } from 'react';
import { layoutMessages } from '../i18n/layout-messages';
import { useI18n } from '../i18n/use-i18n';
import { navigateTo, useViewState } from '../view-state/use-view-state';
import { NAV_VIEWS, serializeViewState, type ViewId } from '../view-state/view-state';
import { ImportEntry } from './import-entry';

/** onBriefing opens the A4 briefing (打印简报) of the current view state. */
export function AppHeader({ onBriefing }: { readonly onBriefing: () => void }): ReactElement {
  const { state, update } = useViewState();
  const { t, lang } = useI18n();
  // On a phone the navigation folds behind one button (CSS below 720 px); open, it lists the views.
  const [menu, setMenu] = useState(false);
  const text = layoutMessages(lang);
  const hrefOf = (view: ViewId): string => serializeViewState({ ...state, view }) || '?';
  const follow = (event: MouseEvent<HTMLAnchorElement>, view: ViewId): void => {
    // Plain clicks stay in the page; modified clicks (new tab, new window) keep browser behaviour.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateTo(serializeViewState({ ...state, view }));
    setMenu(false);
    window.scrollTo({ top: 0 });
  };
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t.appTitle}</h1>
        <p className="app-subtitle">{t.appSubtitle}</p>
      </div>
      <button
        type="button"
        className="nav-toggle"
        aria-expanded={menu}
        aria-controls="app-nav"
        onClick={() => {
          setMenu((m) => !m);
        }}
      >
        {menu ? text.closeMenu : `${text.menu} · ${t.views[state.view]}`}
      </button>
      <nav aria-label={t.nav} className={`app-nav${menu ? ' app-nav--open' : ''}`} id="app-nav">
        {NAV_VIEWS.map((view) => (
          <a
            key={view}
            href={hrefOf(view)}
            aria-current={view === state.view ? 'page' : undefined}
            onClick={(e) => {
              follow(e, view);
            }}
          >
            {t.views[view]}
          </a>
        ))}
      </nav>
      <button type="button" className="header-button" onClick={onBriefing}>
        {text.print}
      </button>
      <ImportEntry lang={state.lang} />
      <button
        type="button"
        className="lang-toggle"
        lang={state.lang === 'zh' ? 'en' : 'zh'}
        aria-label={t.switchLangLabel}
        onClick={() => {
          update({ lang: state.lang === 'zh' ? 'en' : 'zh' });
        }}
      >
        {t.switchLang}
      </button>
    </header>
  );
}
