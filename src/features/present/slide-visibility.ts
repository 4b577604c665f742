import { isNearSlide } from '@/domain/deck.ts';

/*
 * The deck's slides carry two attributes that present.css turns into what the room sees: `data-active` (opaque, the
 * slide shown) and `data-near` (painted ahead, transparent: the slide shown and the ones a single step reaches). Only
 * this module writes them, not React, so that a key press can flip them straight away (`showSlide`), before any
 * render, and the render that follows after the frame is painted sets them all again (`markSlides`).
 */

const flag = (el: Element, name: string, on: boolean) => el.setAttribute(name, on ? 'true' : 'false');

/**
 * A slide change as the room sees it: the slide leaving turns transparent and the one coming opaque (both already
 * painted when it is a neighbour; a jump further away paints the new one). Nothing inside a slide is touched.
 */
export function showSlide(slides: HTMLCollection, from: number, to: number) {
  const leaving = slides[from];
  const coming = slides[to];
  if (!coming) return;
  if (leaving && leaving !== coming) flag(leaving, 'data-active', false);
  flag(coming, 'data-near', true);
  flag(coming, 'data-active', true);
}

/** Every slide's attributes for the slide `shown`, with the neighbours of `settled` painted ahead. */
export function markSlides(slides: HTMLCollection, shown: number, settled: number) {
  for (let i = 0; i < slides.length; i++) {
    const slide = slides[i]!;
    const active = i === shown;
    const near = active || isNearSlide(i, settled, slides.length);
    if (slide.getAttribute('data-active') !== String(active)) flag(slide, 'data-active', active);
    if (slide.getAttribute('data-near') !== String(near)) flag(slide, 'data-near', near);
  }
}
