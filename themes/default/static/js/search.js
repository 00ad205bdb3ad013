/* gongkai site search. The index (search/index.js) is a script that sets window.GONGKAI_SEARCH, so
   this works offline and from file://. Every word typed must appear in an entry's name, code or
   context; classification codes that start with the query rank first, then names that start with
   it, then names that contain it. No framework, no network. */
(function () {
  'use strict';
  var LIMIT = 100;
  var index = window.GONGKAI_SEARCH || [];
  var form = document.querySelector('.search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-list');
  if (!form || !input || !status || !list) return;
  var ROOT = form.getAttribute('data-root') || ''; /* entries' addresses are relative to the site root */

  function norm(s) {
    return String(s || '').toLowerCase().replace(/[\s\u3000]+/g, ' ').trim();
  }

  var prepared = index.map(function (e) {
    return { e: e, name: norm(e.n), code: norm(e.c), all: norm(e.k + ' ' + e.n + ' ' + e.c + ' ' + e.d) };
  });

  function rank(p, q) {
    if (p.code && p.code.indexOf(q) === 0) return 0;
    if (p.name.indexOf(q) === 0) return 1;
    if (p.name.indexOf(q) >= 0) return 2;
    return 3;
  }

  function find(query) {
    var q = norm(query);
    if (!q) return [];
    var words = q.split(' ');
    var hits = [];
    for (var i = 0; i < prepared.length; i++) {
      var p = prepared[i];
      var ok = true;
      for (var w = 0; w < words.length && ok; w++) ok = p.all.indexOf(words[w]) >= 0;
      if (ok) hits.push({ p: p, r: rank(p, q), i: i });
    }
    hits.sort(function (a, b) { return a.r - b.r || a.i - b.i; });
    return hits;
  }

  function text(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }

  function show(query) {
    var hits = find(query);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!norm(query)) {
      status.textContent = '输入关键词后显示结果。';
      return;
    }
    if (hits.length === 0) {
      status.textContent = '没有找到与“' + query + '”相关的内容。可以换一个关键词，或输入科目编码（如 2010301）。';
      return;
    }
    status.textContent = '找到 ' + hits.length + ' 条与“' + query + '”相关的内容' +
        (hits.length > LIMIT ? '，显示前 ' + LIMIT + ' 条' : '') + '。';
    for (var i = 0; i < hits.length && i < LIMIT; i++) {
      var e = hits[i].p.e;
      var li = document.createElement('li');
      li.appendChild(text('span', 'result-kind', e.k));
      var a = text('a', 'result-name', (e.c ? e.c + ' ' : '') + e.n);
      a.setAttribute('href', ROOT + e.u);
      li.appendChild(a);
      if (e.d) li.appendChild(text('span', 'result-context', e.d));
      list.appendChild(li);
    }
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    show(input.value);
    try {
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    } catch (e) { /* some browsers refuse history changes on file:// */ }
  });
  var timer = null;
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { show(input.value); }, 200);
  });

  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) {
    var initial = '';
    try {
      initial = decodeURIComponent(match[1].replace(/\+/g, ' '));
    } catch (e) {
      initial = '';
    }
    input.value = initial;
    show(initial);
  }
})();
