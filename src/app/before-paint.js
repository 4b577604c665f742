/* global document, history, location, navigator, URLSearchParams, requestAnimationFrame, setTimeout, AFTER_PAINT, KOREAN_FONT */
// Runs before the first paint, inlined into index.html by scripts/static-shell.ts (allowed by its CSP hash).
// It sets what the static header's CSS depends on, so the first frame is already right:
// - <html lang>: the same rule as detectLocale in src/i18n/index.ts (?lang=, then the browser's languages, then es);
// - <html data-view="present">: a presentation link never shows the dashboard's header first;
// - <html data-view="embed">: an embedded chart (?embed=) shows that chart alone from the first paint.
(function () {
  var ours = ['es', 'ko', 'en'];
  var params = new URLSearchParams(location.search);
  var asked = params.get('lang');
  var lang = ours.indexOf(asked) >= 0 ? asked : null;
  // A language's own page (/ko/, written by the build for link previews: scripts/preview/) names its language; it
  // goes into the URL, where the app reads it. A ?lang= in the link still wins.
  var pinned = document.documentElement.getAttribute('data-lang');
  if (!lang && ours.indexOf(pinned) >= 0) {
    lang = pinned;
    params.set('lang', lang);
    history.replaceState(history.state, '', '?' + params.toString() + location.hash);
  }
  var prefs = navigator.languages || [navigator.language || ''];
  for (var i = 0; !lang && i < prefs.length; i++) {
    var base = String(prefs[i]).toLowerCase().split('-')[0];
    if (ours.indexOf(base) >= 0) lang = base;
  }
  document.documentElement.lang = lang || 'es';
  if (params.get('present') === 'true') document.documentElement.setAttribute('data-view', 'present');
  // One chart alone (an embed): the same check as embeddedChart in src/state/view-params.ts.
  else if (/^[a-z0-9-]{1,60}$/.test(params.get('embed') || ''))
    document.documentElement.setAttribute('data-view', 'embed');

  // A Korean page asks for its font now, not once the app runs: the static page's Korean text is then drawn in Noto
  // Sans KR from the first frame instead of moving when the font arrives (a layout shift, and boxes until then on a
  // system with no Korean font). The build writes here the two whole faces (400, 700): their files, preloaded, and
  // their @font-face rules, declared. The app's lazy stylesheet (loadKoreanFont) adds the Hanja slices later.
  var koreanFont = KOREAN_FONT;
  if (koreanFont && document.documentElement.lang === 'ko') {
    for (var f = 0; f < koreanFont.faces.length; f++) {
      var face = document.createElement('link');
      face.rel = 'preload';
      face.as = 'font';
      face.type = 'font/woff2';
      face.crossOrigin = 'anonymous';
      face.href = koreanFont.faces[f];
      document.head.appendChild(face);
    }
    var faces = document.createElement('style');
    faces.textContent = koreanFont.faceRules;
    document.head.appendChild(faces);
  }

  // The build lists here the app's scripts, the first screen's data and the manifest: [rel, href] pairs.
  // They are requested once the static page has painted, so nothing competes with its first frame. The dev server
  // loads its own.
  var afterPaint = AFTER_PAINT;
  var started = false;
  function request(rel, href) {
    var el = document.createElement(rel === 'module' ? 'script' : 'link');
    if (rel === 'module') el.type = 'module';
    else el.rel = rel;
    if (rel === 'preload') el.as = 'fetch';
    el[rel === 'module' ? 'src' : 'href'] = href;
    el.crossOrigin = 'anonymous';
    document.head.appendChild(el);
  }
  function start() {
    if (started) return;
    started = true;
    // Starting a request costs a few milliseconds of the main thread on a phone: one task each, so that a tap is
    // never kept waiting behind all of them. Timers of equal delay run in order.
    for (var k = 0; k < afterPaint.length; k++) setTimeout(request, 0, afterPaint[k][0], afterPaint[k][1]);
  }
  if (afterPaint.length) {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        setTimeout(start);
      });
    });
    setTimeout(start, 250); // a tab opened in the background gets no animation frame
  }
})();
