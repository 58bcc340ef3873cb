/**
 * The wall slide of any catalog plan (`slides=<dataset>`): its headline targets in large type
 * (the catalog's headline codes, or its first targets) and baseline → target as the change asked
 * for, drawn by the desktop plan view's growth builder at wall sizes.
 */
import { buildGrowthOption } from '../../charts/growth/build-growth-option';
import { periodGroup, toOverviewCards } from '../../charts/overview/overview-model';
import { toPlanModel } from '../../charts/plan/plan-model';
import { pick } from '../../data/lang';
import { catalogEntry } from '../../data/registry';
import { datasetsOf, forWall, type SlideModel, type WallData } from './slide-model';
import { figuresOf, slideFrame, type SlideContext } from './slide-parts';
import { wallText } from './wall-text';

export function planSlide(id: string, data: WallData, { settings }: SlideContext): SlideModel | null {
  const entry = catalogEntry(id);
  const datasets = datasetsOf(data, [id]);
  if (!entry || !datasets) return null;
  const { lang } = settings;
  const records = datasets[0]?.records ?? [];
  const { document, table } = entry;
  const [card] = toOverviewCards({ [id]: records }, lang, [
    {
      domain: document.domain,
      dataset: id,
      title: [document.domain_zh, document.domain_en],
      codes: table.headline ?? null,
      group: periodGroup(document.period),
    },
  ]);
  const model = toPlanModel(records);
  const text = wallText(lang);
  const label = text.planGrowth;
  const title = `${pick(lang, document.title, document.domain_en || document.title)}（${document.period}）`;
  return {
    ...slideFrame(id, title, datasets, lang),
    groups: [{ numbers: figuresOf(card, lang, 4) }],
    chart:
      model.growth.length > 0
        ? { kind: 'option', option: forWall(buildGrowthOption(model.growth, settings)), label }
        : null,
    note: text.planCounts(model.counts.quantitative, model.counts.cumulative, model.counts.qualitative),
  };
}
