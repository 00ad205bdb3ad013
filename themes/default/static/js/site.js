/* gongkai reader preferences: font size (标准/大/特大) and high contrast, kept in localStorage
   (no cookies). Without JavaScript the page is complete and the controls stay hidden. */
(function () {
  'use strict';
  var KEY = 'gongkai.reader';
  var root = document.documentElement;
  var sizes = { normal: '', large: 'fs-large', xlarge: 'fs-xlarge' };

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  function save(prefs) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch (e) { /* private mode or file:// without storage: settings last for this page only */ }
  }

  function apply(prefs) {
    root.classList.remove('fs-large', 'fs-xlarge', 'hc');
    if (sizes[prefs.font]) root.classList.add(sizes[prefs.font]);
    if (prefs.contrast) root.classList.add('hc');
  }

  var prefs = load();
  apply(prefs); /* before the first paint: this script is loaded in <head> */

  function bind() {
    var box = document.querySelector('.reader-controls');
    if (!box) return;
    var buttons = box.querySelectorAll('button');
    function refresh() {
      for (var i = 0; i < buttons.length; i++) {
        var b = buttons[i];
        var on = b.hasAttribute('data-font') ? (prefs.font || 'normal') === b.getAttribute('data-font') : !!prefs.contrast;
        b.setAttribute('aria-pressed', on ? 'true' : 'false');
      }
    }
    box.addEventListener('click', function (ev) {
      var b = ev.target.closest('button');
      if (!b) return;
      if (b.hasAttribute('data-font')) prefs.font = b.getAttribute('data-font');
      else prefs.contrast = !prefs.contrast;
      save(prefs);
      apply(prefs);
      refresh();
    });
    refresh();
    box.hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', bind);
  else bind();
})();
