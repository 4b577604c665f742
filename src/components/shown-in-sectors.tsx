import { Activity, useState, type ReactNode } from 'react';
import { SectionReturningContext, useReturningIn, useSectionsMoving } from '@/state/sections-moving.ts';
import { FreezeViewFilter } from '@/state/view-params.ts';
import { useHeldWhileFar } from './hold-while-far.ts';
import { useLocale } from './use-locale.ts';

/**
 * A section the sector filter leaves out is hidden, not removed: its DOM, its state (zoom, selection, open rows) and
 * its charts stay, untouched while hidden (the element it last showed is given back, its filter frozen). A reader
 * who turns a sector off and on again then gets the section back at once, redrawn only where the filter changed,
 * instead of every chart, table and card of it built anew. One never shown yet is not rendered at all (a hidden
 * Activity would still build it in the background).
 */
export function ShownInSectors({ shown, children }: { shown: boolean; children: ReactNode }) {
  const { locale } = useLocale();
  const content = useHeldWhileFar(children, shown, [children], locale);
  const [everShown, setEverShown] = useState(shown);
  if (shown && !everShown) setEverShown(true);
  const returning = useReturningIn(shown, useSectionsMoving());
  if (!everShown) return null;
  return (
    <Activity mode={shown ? 'visible' : 'hidden'}>
      <FreezeViewFilter frozen={!shown}>
        <SectionReturningContext value={returning}>{content}</SectionReturningContext>
      </FreezeViewFilter>
    </Activity>
  );
}
