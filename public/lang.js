/* global document, location, navigator, URLSearchParams */
// Sets <html lang> before the first paint so the pre-rendered header shows in the reader's language
// (the same rule as detectLocale in src/i18n/index.ts: ?lang=, then the browser's languages, then Spanish).
(function () {
  var ours = ['es', 'ko', 'en'];
  var asked = new URLSearchParams(location.search).get('lang');
  var lang = ours.indexOf(asked) >= 0 ? asked : null;
  var prefs = navigator.languages || [navigator.language || ''];
  for (var i = 0; !lang && i < prefs.length; i++) {
    var base = String(prefs[i]).toLowerCase().split('-')[0];
    if (ours.indexOf(base) >= 0) lang = base;
  }
  document.documentElement.lang = lang || 'es';
})();
