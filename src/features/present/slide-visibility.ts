import { isNearSlide } from '@/domain/deck.ts';

/*
 * The deck's slides carry two attributes that present.css turns into what the room sees: `data-active` (opaque, the
 * slide shown) and `data-near` (painted ahead, transparent: the slide shown and the ones a single step reaches). Only
 * this module writes them, not React, so that a key press can flip them straight away (`showSlide`), before any
 * render, and the render that follows after the frame is painted sets them all again (`markSlides`).
 */

const flag = (el: Element, name: string, on: boolean) => el.setAttribute(name, on ? 'true' : 'false');

const FADE: KeyframeAnimationOptions = { duration: 200, easing: 'ease-out' };
let still: MediaQueryList | undefined;

/**
 * A slide change as the room sees it: the slide leaving turns transparent and the one coming opaque (both already
 * painted when it is a neighbour; a jump further away paints the new one), fading in over 200 ms unless the viewer
 * asked for reduced motion. Nothing inside a slide is touched. The fade is a Web Animation on the compositor, not a
 * CSS transition: a transition sends transitionrun, transitionstart and transitionend through the page's event
 * listeners (React listens at its root), work in the very frame that shows the slide.
 */
export function showSlide(slides: HTMLCollection, from: number, to: number) {
  const leaving = slides[from];
  const coming = slides[to];
  if (!coming) return;
  if (leaving && leaving !== coming) flag(leaving, 'data-active', false);
  flag(coming, 'data-near', true);
  flag(coming, 'data-active', true);
  still ??= window.matchMedia('(prefers-reduced-motion: reduce)');
  if (!still.matches) {
    const fade = coming.animate({ opacity: [0, 1] }, FADE);
    // Started now, not pending: a pending animation waits for the compositor to say when it began, and the frame
    // that shows the slide came one frame later (key → next paint 24 ms at p50 instead of 16, slides.mjs).
    fade.startTime = document.timeline.currentTime;
  }
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
