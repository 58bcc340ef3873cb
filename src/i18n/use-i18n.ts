import type { Lang } from '../data/lang';
import { useViewState } from '../view-state/use-view-state';
import { messagesFor, type Messages } from './messages';

/** The interface language comes from the URL (`lang=en`), so a shared link keeps it. */
export function useI18n(): { readonly lang: Lang; readonly t: Messages } {
  const { state } = useViewState();
  return { lang: state.lang, t: messagesFor(state.lang) };
}
