import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { geoIdentity, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { REGION_CODES, type RegionCode } from '@/data/regions.ts';
import { nextRegion } from '@/domain/aid-regions.ts';
import { PanelLoading } from './panel-status.tsx';
import { peruGeometryQuery, type PeruTopology } from './peru-geometry.ts';
import { useMapText } from './use-map-text.ts';
import './peru-map.css';

type RegionFeature = Feature<Polygon | MultiPolygon, { code: RegionCode; name: string }>;

/** The drawing box is 440 × 600 (`size` in the geometry file, projected into it); the SVG scales to its box. */
const HEIGHT = 600;
/**
 * The Lima–Callao inset sits over the Pacific, south-west of the coast, where the main map is empty (no region under
 * any of it: e2e/map.spec.ts). Its caption is the map's note, in the page's text size (a caption inside the drawing
 * scaled down to 9 px on a phone).
 */
const INSET = { x: 4, y: 436, width: 160, height: 160 } as const;
const CALLAO: RegionCode = '07';
const LIMA: RegionCode = '15';
const DRAW_MARK = 'peru-map:data';
const MOUNT_MARK = 'peru-map:mount';
export const DRAWN_MARK = 'peru-map:drawn';
export const DRAW_MEASURE = 'peru-map:draw';
export const MOUNT_MEASURE = 'peru-map:mount-to-drawn';

const usePeruGeometry = () => useQuery(peruGeometryQuery());

export interface PeruMapProps {
  /** Accessible name of the whole map. */
  label: string;
  /** Colour class per region (0 none … 4 most); an absent region is 0. */
  classes: ReadonlyMap<RegionCode, number>;
  /** A short text drawn on a region (its count), when it has one. */
  counts?: ReadonlyMap<RegionCode, number>;
  /** Regions that carry a marker (the investment layer). */
  markers?: ReadonlySet<RegionCode>;
  /** The region whose projects are listed: outlined, and the one Tab reaches. */
  selected?: RegionCode;
  /** Each region's accessible name (its name and count). */
  regionLabel: (code: RegionCode) => string;
  /** Without it the map is a picture (e.g. on a slide): no focus stops, no pointer handling. */
  onSelect?: (code: RegionCode) => void;
  onHover?: (code: RegionCode | undefined) => void;
}

/**
 * Peru's 25 regions drawn with d3-geo from the simplified TopoJSON, a choropleth by class, with a Lima–Callao inset:
 * Callao is about 2,650 times smaller than Loreto, so it is reached (by pointer and keyboard) in the inset. Regions
 * are buttons: Tab reaches the selected one, arrow keys move to the next.
 */
export default function PeruMap(props: PeruMapProps) {
  const tm = useMapText();
  const geometry = usePeruGeometry();
  // For the bench (scripts/bench/map.mjs): from the map's mount (geometry fetch included) to the paths in the page.
  useLayoutEffect(() => {
    performance.mark(MOUNT_MARK);
  }, []);
  if (geometry.isError)
    return (
      <p className="peru-map__error" role="alert">
        {tm('geometryError')}
      </p>
    );
  if (!geometry.data) return <PanelLoading what={props.label} height={HEIGHT / 2} />;
  return <MapDrawing {...props} topology={geometry.data} />;
}

function MapDrawing({
  topology,
  label,
  classes,
  counts,
  markers,
  selected,
  regionLabel,
  onSelect,
  onHover,
}: PeruMapProps & { topology: PeruTopology }) {
  const refs = useRef(new Map<RegionCode, SVGPathElement>());
  const shapes = useMemo(() => {
    performance.mark(DRAW_MARK);
    const regions = (feature(topology, topology.objects.regions) as FeatureCollection).features as RegionFeature[];
    // The file is already projected into the drawing's box (scripts/build-map-geometry.mjs): a planar path.
    const mainPath = geoPath();
    const callao = regions.find((r) => r.properties.code === CALLAO)!;
    // The inset shows Callao with the edge of Lima around it: Callao's box, widened by a third on each side.
    const [[x0, y0], [x1, y1]] = mainPath.bounds(callao);
    const pad = Math.max(x1 - x0, y1 - y0) / 3;
    const box = { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
    const k = Math.min(INSET.width / box.width, INSET.height / box.height);
    const inset = geoIdentity()
      .scale(k)
      .translate([
        INSET.x + (INSET.width - box.width * k) / 2 - box.x * k,
        INSET.y + (INSET.height - box.height * k) / 2 - box.y * k,
      ])
      .clipExtent([
        [INSET.x, INSET.y],
        [INSET.x + INSET.width, INSET.y + INSET.height],
      ]);
    const insetPath = geoPath(inset);
    const result = {
      main: regions.map((r) => ({ code: r.properties.code, d: mainPath(r) ?? '', centroid: mainPath.centroid(r) })),
      inset: regions
        .filter((r) => r.properties.code === CALLAO || r.properties.code === LIMA)
        .map((r) => ({ code: r.properties.code, d: insetPath(r) ?? '', centroid: insetPath.centroid(r) })),
      marker: { ...box, width: Math.max(box.width, 3), height: Math.max(box.height, 3) },
    };
    return result;
  }, [topology]);

  // Drawn = the paths are in the document (before the browser paints them with the rest of the page).
  useLayoutEffect(() => {
    performance.mark(DRAWN_MARK);
    if (performance.getEntriesByName(DRAW_MARK).length) performance.measure(DRAW_MEASURE, DRAW_MARK, DRAWN_MARK);
    if (performance.getEntriesByName(MOUNT_MARK).length) performance.measure(MOUNT_MEASURE, MOUNT_MARK, DRAWN_MARK);
  }, [shapes]);

  const interactive = onSelect !== undefined;
  // Callao is focused and labelled in the inset; everywhere else on the main map.
  const focusTarget = (code: RegionCode, inInset: boolean) => (code === CALLAO ? inInset : !inInset);
  const current = selected ?? REGION_CODES[0]!;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const next = nextRegion(REGION_CODES, current, event.key);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current.get(next)?.focus();
  };

  const regionPath = (code: RegionCode, d: string, inInset: boolean) => {
    const target = interactive && focusTarget(code, inInset);
    const cls = classes.get(code) ?? 0;
    return (
      <path
        key={`${inInset ? 'i' : 'm'}${code}`}
        d={d}
        className={`peru-map__region peru-map__region--c${cls}`}
        data-region={code}
        data-inset={inInset || undefined}
        data-class={cls}
        ref={
          target
            ? (el) => {
                if (el) refs.current.set(code, el);
                else refs.current.delete(code);
              }
            : undefined
        }
        {...(target
          ? {
              role: 'button',
              tabIndex: code === current ? 0 : -1,
              'aria-label': regionLabel(code),
              'aria-pressed': code === selected,
              onFocus: () => onSelect(code),
            }
          : { 'aria-hidden': true })}
        onClick={interactive ? () => onSelect(code) : undefined}
        onPointerEnter={onHover ? () => onHover(code) : undefined}
        onPointerLeave={onHover ? () => onHover(undefined) : undefined}
      />
    );
  };

  const labelAt = (code: RegionCode, [x, y]: [number, number], inInset: boolean) => {
    const n = counts?.get(code);
    if (!n || !focusTarget(code, inInset) || !Number.isFinite(x)) return null;
    return (
      <text key={`t${code}`} x={x} y={y} className="peru-map__count" aria-hidden="true">
        {n}
      </text>
    );
  };
  const markerAt = (code: RegionCode, [x, y]: [number, number], inInset: boolean) => {
    if (!markers?.has(code) || !focusTarget(code, inInset) || !Number.isFinite(x)) return null;
    // A diamond beside the count, so that the two never cover each other.
    const cx = x + 14;
    return (
      <path
        key={`m${code}`}
        d={`M${cx},${y - 7}L${cx + 7},${y}L${cx},${y + 7}L${cx - 7},${y}Z`}
        className="peru-map__marker"
        data-marker={code}
        aria-hidden="true"
      />
    );
  };
  const outline = (inInset: boolean) => {
    if (!selected) return null;
    const shape = (inInset ? shapes.inset : shapes.main).find((s) => s.code === selected);
    return shape ? <path d={shape.d} className="peru-map__selected" aria-hidden="true" /> : null;
  };

  return (
    <svg
      className="peru-map"
      viewBox={`0 0 ${topology.size[0]} ${topology.size[1]}`}
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      onKeyDown={onKeyDown}
      data-testid="peru-map"
    >
      <g>{shapes.main.map((s) => regionPath(s.code, s.d, false))}</g>
      {outline(false)}
      <rect className="peru-map__inset-marker" {...shapes.marker} aria-hidden="true" />
      <g>
        {shapes.main.map((s) => labelAt(s.code, s.centroid, false))}
        {shapes.main.map((s) => markerAt(s.code, s.centroid, false))}
      </g>
      <g className="peru-map__inset">
        <rect className="peru-map__inset-frame" x={INSET.x} y={INSET.y} width={INSET.width} height={INSET.height} />
        {shapes.inset.map((s) => regionPath(s.code, s.d, true))}
        {outline(true)}
        {shapes.inset.map((s) => labelAt(s.code, s.centroid, true))}
        {shapes.inset.map((s) => markerAt(s.code, s.centroid, true))}
      </g>
    </svg>
  );
}
