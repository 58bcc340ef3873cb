/**
 * Wall mode (`?mode=wall`): a full-screen carousel for a meeting-room screen, left running for
 * days. Loaded as its own chunk only in wall mode. Built not to grow: every slide and chart is
 * mounted once and shown or hidden (charts get new data by setOption, never a new instance), one
 * timeout drives the rotation, one the clock, one hides the controls, and every listener is
 * added once and removed on leaving. Settings come from the URL and are never written back, so
 * the link in the address bar is the same after any number of cycles.
 */
import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { useDataSync } from '../../queries/use-data-sync';
import { staleNotice } from '../../queries/stale-data';
import { useStaleData } from '../../queries/use-stale-data';
import { navigateTo, useViewState } from '../../view-state/use-view-state';
import { useWallState } from '../../view-state/use-wall-state';
import { isBuiltinSlide, leaveWallSearch, WALL_SLIDES, type WallSlideId } from '../../view-state/wall-state';
import { catalogEntries } from '../../data/catalog/catalog-schema';
import { useCatalog } from '../../queries/catalog-query';
import { slideDatasets } from './slide-builders';
import { slideReady, wallSettings } from './slide-model';
import { useRotation } from './use-rotation';
import { useSlideModels, useWallData } from './use-wall-data';
import { STAGE, useControlsVisible, useStageFit, useWallDocument, useWallKeys } from './use-wall-screen';
import { WallClock } from './wall-clock';
import { WallControls } from './wall-controls';
import { WallSlide } from './wall-slide';
import './wall.css';
import { wallText } from './wall-text';

function leave(): void {
  navigateTo(leaveWallSearch(window.location.search));
}

/** Plan slides the catalog knows (once read); built-in slides always. None left: the defaults. */
function useKnownSlides(requested: readonly WallSlideId[]): readonly WallSlideId[] {
  const catalog = useCatalog();
  return useMemo(() => {
    const known = new Set(catalogEntries(catalog).map((e) => e.table.dataset));
    const slides = requested.filter((s) => isBuiltinSlide(s) || known.has(s));
    return slides.length > 0 ? slides : WALL_SLIDES;
  }, [catalog, requested]);
}

export function WallView(): ReactElement {
  const wall = useWallState();
  const { state } = useViewState();
  const { lang, metric } = state;
  const text = wallText(lang);
  useDataSync();
  const settings = useMemo(() => wallSettings(wall.theme, lang), [wall.theme, lang]);
  const context = useMemo(() => ({ settings, metricKey: metric }), [settings, metric]);
  const slides = useKnownSlides(wall.slides);
  const ids = useMemo(() => [...new Set(slides.flatMap((s) => slideDatasets(s, metric)))], [slides, metric]);
  const models = useSlideModels(slides, useWallData(ids), context);
  const stale = useStaleData(lang);
  const noticeOf = (slide: WallSlideId): string | undefined => {
    const own = slideDatasets(slide, metric);
    const lines = stale.filter((s) => own.some((id) => id === s.id)).map((s) => staleNotice(s, lang));
    return lines.length > 0 ? lines.join('；') : undefined;
  };
  // Slides whose chart has drawn, as each chart reports it; kept for the wall's life (a chart
  // is mounted once and redrawn in place, so once drawn it stays drawn).
  const [drawn, setDrawn] = useState<ReadonlySet<WallSlideId>>(() => new Set());
  const chartDrawn = useCallback((id: WallSlideId) => {
    setDrawn((before) => (before.has(id) ? before : new Set(before).add(id)));
  }, []);
  const ready = slides.map((id, index) => slideReady(models[index] ?? null, drawn.has(id)));
  const rotation = useRotation(slides.length, wall.seconds, (index) => ready[index] === true);
  const [controls, showControls] = useControlsVisible();
  useWallKeys({ step: rotation.step, togglePause: rotation.togglePause, leave });
  const title = models[rotation.index]?.title ?? text.loading;
  useWallDocument(text.documentTitle(title), lang === 'zh' ? 'zh-CN' : 'en');
  const fit = useStageFit();
  const position = `${rotation.index + 1} / ${slides.length}`;
  const paused = rotation.paused || rotation.hidden;
  return (
    <div
      className={`wall-viewport wall-theme--${wall.theme}${controls ? '' : ' wall-viewport--idle'}`}
      data-testid="wall"
    >
      <div
        className="wall-stage"
        data-testid="wall-stage"
        data-slide={slides[rotation.index]}
        data-paused={paused ? 'true' : 'false'}
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        <h1 className="visually-hidden">{text.heading}</h1>
        <p
          className="visually-hidden"
          aria-live="polite"
          data-testid="wall-live"
        >{`${position} ${title}${rotation.paused ? text.paused : ''}`}</p>
        {slides.map((id, index) => (
          <WallSlide
            key={id}
            id={id}
            index={index}
            model={models[index] ?? null}
            current={index === rotation.index}
            ready={ready[index] === true}
            onChartReady={chartDrawn}
            settings={settings}
            notice={noticeOf(id)}
          />
        ))}
        <WallClock lang={lang} />
        {rotation.paused && (
          <p className="wall-paused" data-testid="wall-paused">
            {text.pausedHint}
          </p>
        )}
        <div
          key={rotation.index}
          className={`wall-progress${paused ? ' wall-progress--paused' : ''}`}
          style={{ animationDuration: `${wall.seconds}s` }}
          aria-hidden="true"
        />
        <WallControls
          lang={lang}
          visible={controls}
          paused={rotation.paused}
          position={position}
          onStep={rotation.step}
          onTogglePause={rotation.togglePause}
          onLeave={leave}
          onFocus={showControls}
        />
      </div>
    </div>
  );
}
