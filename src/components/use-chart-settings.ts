import { useMemo } from 'react';
import { DEFAULT_SETTINGS, type ChartSettings } from '../charts/theme';
import { useI18n } from '../i18n/use-i18n';

/** Desktop chart settings in the interface language; wall mode passes its own. */
export function useChartSettings(): ChartSettings {
  const { lang } = useI18n();
  return useMemo(() => ({ ...DEFAULT_SETTINGS, lang }), [lang]);
}
