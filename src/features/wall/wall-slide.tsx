/**
 * One slide on the 1920×1080 stage: title, the numbers in large type, the chart, the source and
 * the data's date. Every slide stays mounted for the wall's whole life and is only shown or
 * hidden, so each chart keeps one ECharts instance: new data reaches it through setOption, and
 * a hidden slide is drawn (at full size: hidden by visibility, not display) before it is shown.
 */
import { lazy, memo, Suspense, type ReactElement } from 'react';
import { EChart } from '../../charts/echart';
import { Quoting } from '../../components/original-text';
import type { Lang } from '../../data/lang';
import type { ChartSettings } from '../../charts/theme';
import type { WallSlideId } from '../../view-state/wall-state';
import type { BigNumber, NumberGroup, RankedList, SlideChart, SlideModel } from './slide-model';
import { wallText } from './wall-text';

const WallMap = lazy(() => import('./wall-map'));

function Figure({ number }: { readonly number: BigNumber }): ReactElement {
  return (
    <div className="wall-number">
      <div className="wall-number-label">{number.label}</div>
      <div className="wall-number-figure">
        {number.qualifier !== undefined && <span className="wall-number-qualifier">{number.qualifier}</span>}
        {number.comparator !== undefined && (
          <span className="wall-number-comparator">{number.comparator}</span>
        )}
        <span className="wall-number-value" data-testid="wall-number">
          {number.value}
        </span>
        {number.unit !== '' && <span className="wall-number-unit">{number.unit}</span>}
      </div>
      {number.detail !== undefined && (
        <div className="wall-number-detail">
          {typeof number.detail === 'string' ? number.detail : <Quoting text={number.detail} />}
        </div>
      )}
    </div>
  );
}

function Group({ group }: { readonly group: NumberGroup }): ReactElement {
  return (
    <div className="wall-group">
      {group.title !== undefined && <h3 className="wall-group-title">{group.title}</h3>}
      {group.numbers.map((n) => (
        <Figure key={n.label} number={n} />
      ))}
      {group.lines !== undefined && (
        <ul className="wall-group-lines">
          {group.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function List({ list }: { readonly list: RankedList }): ReactElement {
  return (
    <section className="wall-list" aria-label={list.title}>
      <h3 className="wall-list-title">{list.title}</h3>
      <ol className="wall-list-rows">
        {list.rows.map((row) => (
          <li key={row.name} data-testid="wall-list-row">
            <span className="wall-list-rank">{row.rank}</span>
            <span className="wall-list-name">{row.name}</span>
            <span className="wall-list-value">{row.value}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The source, one span per document (sourcesText separates them with "；"): the stacked layout
 * keeps each citation whole, so a 文号 such as 黑政规〔2021〕22号 is never split over two lines.
 */
/** The documents are cited in their own Chinese: marked lang="zh" after the "Source:" prefix. */
function Citations({ source, lang }: { readonly source: string; readonly lang: Lang }): ReactElement {
  const prefix = wallText(lang).sourcePrefix;
  const cited = source.startsWith(prefix) ? source.slice(prefix.length) : source;
  return (
    <>
      {cited.split(/(?<=；)/).map((part, i) => (
        // The prefix stays inside the first citation's span: a stacked slide keeps each unbroken.
        <span key={i} className="wall-cite">
          {i === 0 && cited !== source && prefix}
          <span lang="zh">{part}</span>
        </span>
      ))}
    </>
  );
}

/**
 * Until the map chunk arrives there is no chart to report ready, so the slide is not ready (the
 * rotation waits for it); the placeholder says so to tests like a chart not drawn yet.
 */
const MAP_PENDING = <figure className="chart" data-chart-ready="false" />;

function Chart({
  chart,
  id,
  settings,
  onReady,
}: {
  readonly chart: SlideChart;
  readonly id: WallSlideId;
  readonly settings: ChartSettings;
  readonly onReady: () => void;
}): ReactElement {
  const testId = `wall-chart-${id}`;
  return (
    <div className="wall-chart">
      {chart.kind === 'option' ? (
        <EChart option={chart.option} label={chart.label} testId={testId} onReady={onReady} />
      ) : (
        <Suspense fallback={MAP_PENDING}>
          <WallMap
            model={chart.model}
            settings={settings}
            label={chart.label}
            testId={testId}
            onReady={onReady}
          />
        </Suspense>
      )}
    </div>
  );
}

export const WallSlide = memo(function WallSlide({
  id,
  index,
  model,
  current,
  ready,
  onChartReady,
  settings,
  notice,
}: {
  readonly id: WallSlideId;
  readonly index: number;
  readonly model: SlideModel | null;
  readonly current: boolean;
  /** Data in and chart drawn (slideReady): what the rotation waits for, written out for tests. */
  readonly ready: boolean;
  /** Called with this slide's id once its chart has drawn. */
  readonly onChartReady: (id: WallSlideId) => void;
  readonly settings: ChartSettings;
  /** Its data is a last good read or the bundled copy: said in small type, the slide still shown. */
  readonly notice?: string;
}): ReactElement {
  const { lang } = settings;
  return (
    <section
      className={`wall-slide${current ? ' wall-slide--current' : ''}${model?.layout ? ` wall-slide--${model.layout}` : ''}`}
      data-testid={`wall-slide-${id}`}
      data-slide={id}
      data-slide-index={index}
      data-slide-ready={ready ? 'true' : 'false'}
      aria-hidden={!current}
    >
      <h2 className="wall-title">{model?.title ?? wallText(lang).loading}</h2>
      {model && (
        <>
          <div className={`wall-body${model.chart ? '' : ' wall-body--numbers'}`}>
            <div className={`wall-numbers wall-numbers--${model.groups.length > 1 ? 'groups' : 'single'}`}>
              {model.groups.map((g, i) => (
                <Group key={g.title ?? i} group={g} />
              ))}
              {model.list && <List list={model.list} />}
            </div>
            {model.chart && (
              <Chart
                chart={model.chart}
                id={id}
                settings={settings}
                onReady={() => {
                  onChartReady(id);
                }}
              />
            )}
          </div>
          <footer className="wall-footer">
            {model.note !== undefined && <p className="wall-note">{model.note}</p>}
            <p className="wall-source">
              <Citations source={model.source} lang={lang} />
            </p>
            <p className="wall-freshness" data-testid="wall-freshness">
              {model.freshness}
            </p>
            {notice !== undefined && (
              <p className="wall-stale" role="status" data-testid="wall-stale">
                {notice}
              </p>
            )}
          </footer>
        </>
      )}
    </section>
  );
});
