/**
 * The script that runs inside an exported HTML file: starts reveal.js and provides the speaker view (S).
 *
 * A popup of a `file://` page cannot load another file, and BroadcastChannel between `file://` windows is not
 * reliable across browsers, so the speaker view is an `about:blank` popup that this script builds and drives
 * directly through the window reference it opened (same origin as its opener); its keys are forwarded here.
 * Plain ES2019 in a string: it is inlined verbatim and its SHA-256 goes into the file's CSP.
 */
export const RUNTIME_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('briefdeck-data').textContent);
  var deck = new Reveal(document.querySelector('.reveal'), {
    width: data.width, height: data.height, margin: 0.06, minScale: 0.1, maxScale: 2.5,
    embedded: false, transition: 'slide', backgroundTransition: 'none', center: false, display: 'flex',
    controls: true, progress: true, slideNumber: 'c/t', overview: true, help: true,
    hash: false, history: false, respondToHashChanges: false, postMessage: false, postMessageEvents: false,
    previewLinks: false, autoPlayMedia: false, showNotes: false, mouseWheel: false, plugins: [],
    keyboard: { 83: function () { openSpeaker(); } }
  });
  var speaker = null;
  var timer = { banked: 0, since: Date.now() };
  // Links open in a new tab: following one here would navigate the presentation away (and close the speaker view).
  function newTabLinks(root) {
    Array.prototype.forEach.call(root.querySelectorAll('a[href]'), function (a) {
      if (a.getAttribute('href').charAt(0) === '#') return;
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    });
  }
  newTabLinks(document.querySelector('.reveal .slides'));

  function el(doc, tag, cls, text) {
    var node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function duration(ms) {
    var s = Math.floor(Math.max(0, ms) / 1000);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h ? h + ':' + pad(m) : m) + ':' + pad(s % 60);
  }
  function elapsed() { return timer.banked + (timer.since === null ? 0 : Date.now() - timer.since); }
  // Each fragment with the step it shows at, as reveal numbers them: equal data-fragment-index values show
  // together, in index order; fragments without one follow, a step each (renderer/src/present/nextStep.ts).
  function fragmentsOf(section) {
    var nodes = Array.prototype.slice.call(section.querySelectorAll('.fragment'));
    var keys = [];
    nodes.forEach(function (node) {
      var k = node.getAttribute('data-fragment-index');
      if (k !== null && keys.indexOf(Number(k)) < 0) keys.push(Number(k));
    });
    keys.sort(function (a, b) { return a - b; });
    var extra = 0;
    return nodes.map(function (node) {
      var k = node.getAttribute('data-fragment-index');
      return { node: node, step: k === null ? keys.length + extra++ : keys.indexOf(Number(k)) };
    });
  }
  function stepCount(section) {
    var steps = fragmentsOf(section).map(function (e) { return e.step; });
    return steps.length ? Math.max.apply(null, steps) + 1 : 0;
  }
  function nextStep() {
    var idx = deck.getIndices();
    var f = typeof idx.f === 'number' ? idx.f : -1;
    var current = deck.getSlides()[idx.h];
    if (current && f + 1 < stepCount(current)) return { index: idx.h, fragment: f + 1 };
    if (idx.h + 1 < deck.getTotalSlides()) return { index: idx.h + 1, fragment: -1 };
    return null;
  }
  function preview(doc, box, index, fragment) {
    box.textContent = '';
    var source = deck.getSlides()[index];
    if (!source) { box.appendChild(el(doc, 'div', 'sv-end', 'End of presentation')); return; }
    var frame = el(doc, 'div', 'deck-frame ' + data.themeClass);
    var reveal = el(doc, 'div', 'reveal sv-reveal');
    var slides = el(doc, 'div', 'slides');
    var section = source.cloneNode(true);
    section.classList.remove('past', 'future');
    section.classList.add('present');
    section.removeAttribute('hidden');
    section.removeAttribute('aria-hidden');
    section.style.display = 'flex';
    section.style.top = '0';
    fragmentsOf(section).forEach(function (e) {
      e.node.classList.remove('current-fragment');
      e.node.classList.toggle('visible', e.step <= fragment);
    });
    var scale = Math.min(box.clientWidth / data.width, box.clientHeight / data.height) / 1.06 || 0.3;
    var dx = (box.clientWidth - data.width * scale) / 2, dy = (box.clientHeight - data.height * scale) / 2;
    reveal.style.width = data.width + 'px';
    reveal.style.height = data.height + 'px';
    reveal.style.transform = 'translate(' + dx + 'px, ' + dy + 'px) scale(' + scale + ')';
    slides.style.width = data.width + 'px';
    slides.style.height = data.height + 'px';
    slides.appendChild(section);
    reveal.appendChild(slides);
    frame.appendChild(reveal);
    box.appendChild(frame);
  }
  function render() {
    if (!speaker || speaker.closed) return;
    var doc = speaker.document, idx = deck.getIndices();
    var f = typeof idx.f === 'number' ? idx.f : -1;
    doc.getElementById('sv-count').textContent = 'Slide ' + (idx.h + 1) + ' of ' + deck.getTotalSlides();
    doc.getElementById('sv-blackout').hidden = !deck.isPaused();
    preview(doc, doc.getElementById('sv-current'), idx.h, f);
    var next = nextStep();
    doc.getElementById('sv-next-label').textContent = next && next.index === idx.h ? 'Next: same slide, next build' : 'Next';
    preview(doc, doc.getElementById('sv-next'), next ? next.index : -1, next ? next.fragment : -1);
    var notes = doc.getElementById('sv-notes');
    notes.innerHTML = data.notes[idx.h] || '<p class="sv-empty">No notes for this slide.</p>';
    newTabLinks(notes);
  }
  function tick() {
    if (!speaker || speaker.closed) return;
    var doc = speaker.document;
    doc.getElementById('sv-elapsed').textContent = duration(elapsed());
    doc.getElementById('sv-elapsed').setAttribute('data-running', String(timer.since !== null));
    doc.getElementById('sv-pause').textContent = timer.since === null ? 'Resume' : 'Pause';
    doc.getElementById('sv-clock').textContent = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }
  function onSpeakerKey(event) {
    var k = event.key;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || k === ' ' || k === 'n') deck.next();
    else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || k === 'p') deck.prev();
    else if (k === 'b' || k === 'B' || k === '.') deck.togglePause();
    else if (k === 'Home') deck.slide(0);
    else if (k === 'End') deck.slide(deck.getTotalSlides() - 1);
    else return;
    event.preventDefault();
  }
  function openSpeaker() {
    if (speaker && !speaker.closed) { speaker.focus(); return; }
    speaker = window.open('', 'briefdeck-speaker', 'popup,width=1200,height=760');
    if (!speaker) return;
    var doc = speaker.document;
    doc.title = data.title + ' — Speaker view';
    var style = doc.createElement('style');
    style.textContent = document.getElementById('briefdeck-style').textContent;
    doc.head.appendChild(style);
    doc.body.className = 'sv-body';
    doc.body.innerHTML = document.getElementById('briefdeck-speaker-template').innerHTML;
    doc.getElementById('sv-pause').addEventListener('click', function () {
      timer = timer.since === null ? { banked: timer.banked, since: Date.now() } : { banked: elapsed(), since: null };
      tick();
    });
    doc.getElementById('sv-reset').addEventListener('click', function () {
      timer = { banked: 0, since: timer.since === null ? null : Date.now() };
      tick();
    });
    doc.getElementById('sv-title').textContent = data.title;
    doc.addEventListener('keydown', onSpeakerKey);
    speaker.addEventListener('resize', render);
    render();
    tick();
  }
  // Autofit (renderer/src/fit): the slides reveal shows get smaller text when over-full, as in the app. Hidden
  // slides cannot be measured; each is fitted when shown, and all shown ones again once the fonts have loaded.
  function fitShown(all) {
    if (!window.BriefdeckFit) return;
    var shown = deck.getSlides().filter(function (section) {
      return section.style.display !== 'none' && (all || !section.hasAttribute('data-fitted'));
    });
    window.BriefdeckFit.fitSections(shown).forEach(function (result, i) {
      if (result) shown[i].setAttribute('data-fitted', '');
    });
  }
  deck.on('ready', function () { fitShown(false); });
  deck.on('slidechanged', function () { fitShown(false); });
  if (document.fonts) document.fonts.addEventListener('loadingdone', function () { fitShown(true); render(); });
  ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'].forEach(function (name) { deck.on(name, render); });
  window.setInterval(tick, 250);
  window.addEventListener('pagehide', function () { if (speaker && !speaker.closed) speaker.close(); });
  window.briefdeckOpenSpeaker = openSpeaker;
  deck.initialize();
})();
`;

/** The speaker view's markup, cloned into the popup (static: no script, no handler attributes). */
export const SPEAKER_TEMPLATE = `
<header class="sv-bar"><span id="sv-title" class="sv-title"></span><span id="sv-count" class="sv-count"></span>
<span id="sv-blackout" class="sv-blackout" hidden>BLACKOUT</span></header>
<section class="sv-main"><h2 class="sv-label">Current</h2><div id="sv-current" class="sv-preview"></div></section>
<aside class="sv-side"><h2 class="sv-label" id="sv-next-label">Next</h2><div id="sv-next" class="sv-preview"></div>
<div class="sv-timer"><div id="sv-elapsed" class="sv-elapsed">0:00</div>
<div class="sv-buttons"><button type="button" id="sv-pause">Pause</button><button type="button" id="sv-reset">Reset</button></div>
<div id="sv-clock" class="sv-clock"></div></div></aside>
<section class="sv-notes-pane"><h2 class="sv-label">Notes</h2><div id="sv-notes" class="sv-notes"></div></section>
`;

/** Styles of the exported page's own chrome and of the speaker view. */
export const EXPORT_CSS = `
html, body { height: 100%; margin: 0; }
body { background: #000; }
.deck-frame { position: absolute; inset: 0; background: var(--r-background-color, #fff); }
.deck-frame .reveal { width: 100%; height: 100%; }
/* The slide number sits bottom left, clear of the arrows at bottom right. */
.reveal .slide-number { right: auto; left: 8px; bottom: 8px; background-color: rgba(0, 0, 0, 0.75); }
.sv-body { display: grid; grid-template-columns: 3fr 2fr; grid-template-rows: 48px minmax(0, 1.1fr) minmax(0, 1fr);
  grid-template-areas: 'bar bar' 'main side' 'notes side'; gap: 12px; box-sizing: border-box; height: 100%;
  padding: 0 14px 14px; background: #16181c; color: #e8eaed; font-family: 'Source Sans 3', system-ui, sans-serif; }
.sv-label { margin: 0 0 6px; color: #9aa0a6; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; }
.sv-bar { grid-area: bar; display: flex; align-items: center; gap: 16px; border-bottom: 1px solid #2b2e33; }
.sv-title { color: #bdc1c6; font-weight: 600; }
.sv-count { font-size: 18px; }
.sv-blackout { padding: 3px 10px; border-radius: 4px; background: #d93025; color: #fff; font-weight: 700; }
.sv-blackout[hidden] { display: none; }
.sv-main { grid-area: main; display: flex; flex-direction: column; min-height: 0; }
.sv-side { grid-area: side; display: flex; flex-direction: column; gap: 12px; min-height: 0; }
.sv-preview { position: relative; flex: 1; min-height: 120px; overflow: hidden; border-radius: 6px; background: #000; }
.sv-side .sv-preview { flex: none; aspect-ratio: 16 / 9; }
.sv-reveal { position: absolute; top: 0; left: 0; transform-origin: 0 0; }
.sv-reveal .slides > section { transition: none; }
.sv-end { display: grid; place-items: center; height: 100%; color: #9aa0a6; }
.sv-timer { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 4px 12px; padding: 12px 16px;
  border-radius: 8px; background: #1f2227; }
.sv-elapsed { font-size: 52px; font-weight: 600; font-variant-numeric: tabular-nums; }
.sv-elapsed[data-running='false'] { color: #fbbc04; }
.sv-clock { grid-column: 1 / -1; color: #9aa0a6; font-size: 18px; }
.sv-buttons button { padding: 6px 12px; border: 1px solid #3c4043; border-radius: 6px; background: #24272c; color: #e8eaed; }
.sv-notes-pane { grid-area: notes; min-height: 0; overflow: auto; padding: 10px 16px; border-radius: 8px; background: #1f2227; }
.sv-notes { font-size: 24px; line-height: 1.45; }
.sv-empty { color: #9aa0a6; font-style: italic; }
`;
