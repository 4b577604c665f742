import { useRef, useState, type ReactNode } from 'react';
import { FrameHeading } from './frame-heading.tsx';
import { flushSync } from 'react-dom';
import { toCsv, exportFileName, type CsvCell } from '@/domain/csv.ts';
import { YEAR_BOUNDS } from '@/domain/filters.ts';
import { useSectionsMoving } from '@/state/sections-moving.ts';
import { embeddedChart, FreezeViewFilter, fullViewUrl, useTableView, useViewFilter } from '@/state/view-params.ts';
import { exportImage, saveText } from './download.ts';
import { EmbedButton } from './embed-dialog.tsx';
import './embed.css';
import { Findable } from './findable.tsx';
import { useHeldWhileFar } from './hold-while-far.ts';
import { RenderWhileNear } from './render-while-near.tsx';
import { useLocale } from './use-locale.ts';
import { DrawAllContext, useNearViewport } from './use-near-viewport.ts';

export interface CsvExport {
  header: string[];
  rows: CsvCell[][];
}

const IMAGE_FORMATS = ['png', 'svg'] as const;

interface ChartFrameProps {
  /** Stable id: used in the URL (`?table=`), file names and tests. */
  id: string;
  title: string;
  subtitle: string;
  /** The chart; the frame reserves `height` px for it so the page never shifts. */
  chart: ReactNode;
  /** The same data as a table: the alternative view and the screen-reader view. */
  table: ReactNode;
  height: number;
  /** What the CSV download holds: the rows shown, with their source columns. */
  csv: () => CsvExport;
  /** Legend, notes and qualifiers shown under the chart. */
  notes?: ReactNode;
  /** Source line(s). */
  sources?: ReactNode;
  /** The chart ignores the sector/year filter (e.g. the coverage of the whole dataset): file names say "all". */
  unfiltered?: boolean;
}

/**
 * Every chart sits in one frame: title, subtitle (unit, years), the chart or its table, notes, sources, and
 * the actions (table view, CSV, PNG, SVG) — the footer convention readers know from Our World in Data and Datawrapper.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { id, title, subtitle, chart, table, height, csv, notes, sources, unfiltered = false } = props;
  const { t, locale } = useLocale();
  const [asTable, setAsTable] = useTableView(id);
  const [viewFilter] = useViewFilter();
  const filter = unfiltered ? { sectors: [], from: YEAR_BOUNDS.min, to: YEAR_BOUNDS.max } : viewFilter;
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLElement>(null);
  // Shown alone in another site's <iframe> (`?embed=<id>`): the page hides everything else (embed.css).
  const embedded = embeddedChart() === id;
  // Far from the screen, the frame keeps what it showed (its table, notes, sources and filter) until it comes near.
  const near = useNearViewport(frame, false, true);
  // While a click moves the sections, a frame near the screen waits to learn whether it still is (sections-moving.ts).
  const moving = useSectionsMoving();
  const drawn = near && moving === null;

  const downloadCsv = () => {
    const { header, rows } = csv();
    saveText(toCsv(header, rows), exportFileName(id, filter, 'csv'), 'text/csv;charset=utf-8');
  };
  const downloadImage = async (format: (typeof IMAGE_FORMATS)[number]) => {
    if (!frame.current) return;
    // Parts still waiting to be drawn (a legend that just came into view) are drawn before the picture is taken.
    flushSync(() => setBusy(true));
    try {
      await exportImage(frame.current, format, exportFileName(id, filter, format));
    } finally {
      setBusy(false);
    }
  };

  const content = useHeldWhileFar(
    <>
      <FrameHeading titleId={`${id}-title`} title={title} subtitle={subtitle}>
        <div
          className="chart-frame__actions"
          role="group"
          aria-label={t('actions.label', { title })}
          data-export-skip="true"
        >
          <button
            type="button"
            className="button button--small"
            aria-pressed={asTable}
            onClick={() => setAsTable(!asTable)}
          >
            {asTable ? t('actions.showChart') : t('actions.showTable')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={downloadCsv}
            aria-label={t('actions.downloadCsv', { title })}
          >
            CSV
          </button>
          {IMAGE_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => void downloadImage(format)}
              aria-label={t(format === 'png' ? 'actions.downloadPng' : 'actions.downloadSvg', { title })}
            >
              {format.toUpperCase()}
            </button>
          ))}
          {!embedded && <EmbedButton id={id} title={title} height={height} />}
        </div>
      </FrameHeading>
      <div className="chart-frame__body" style={{ minHeight: height }}>
        {/* A table stays (its height is its own); a chart is drawn while near the screen, and its table stays in
        the document, hidden until found, so find-in-page and print reach every figure. */}
        {asTable ? (
          table
        ) : (
          <>
            <RenderWhileNear height={height}>{chart}</RenderWhileNear>
            <Findable>{table}</Findable>
          </>
        )}
      </div>
      <figcaption className="chart-frame__footer">
        {notes}
        {sources}
        {embedded && (
          <p className="embed-back" data-export-skip="true">
            <a href={fullViewUrl(window.location.href)} target="_top">
              {t('embed.back')}
            </a>
          </p>
        )}
      </figcaption>
    </>,
    drawn,
    [props, asTable, busy],
    locale,
  );

  return (
    <DrawAllContext value={busy}>
      <figure
        ref={frame}
        className="chart-frame"
        aria-labelledby={`${id}-title`}
        data-testid={`chart-${id}`}
        data-embed-target={embedded || undefined}
      >
        <FreezeViewFilter frozen={!drawn}>{content}</FreezeViewFilter>
      </figure>
    </DrawAllContext>
  );
}
