/**
 * The viewer inlined into the standalone HTML file: plain ES2017 in a string, so the file runs from
 * file:// with no bundle and no network. Pan (drag), zoom (wheel, + and - keys or buttons), fit
 * (0 key), and a details panel (Escape hides it) for a clicked or Enter-pressed node, built with textContent only.
 */
export const VIEWER_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('confgraph-data').textContent);
  var svg = document.querySelector('#stage svg');
  var panel = document.getElementById('details');
  var home = svg.getAttribute('viewBox').split(' ').map(Number);
  var vb = home.slice();
  function apply() { svg.setAttribute('viewBox', vb.join(' ')); }
  function zoom(f, cx, cy) {
    var r = svg.getBoundingClientRect();
    var px = cx === undefined ? 0.5 : (cx - r.left) / r.width, py = cy === undefined ? 0.5 : (cy - r.top) / r.height;
    var w = vb[2] * f, h = vb[3] * f;
    vb = [vb[0] + (vb[2] - w) * px, vb[1] + (vb[3] - h) * py, w, h];
    apply();
  }
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  svg.addEventListener('wheel', function (e) { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15, e.clientX, e.clientY); }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (e) { drag = { x: e.clientX, y: e.clientY, vb: vb.slice(), moved: false }; });
  window.addEventListener('pointermove', function (e) {
    if (!drag) return;
    var r = svg.getBoundingClientRect(), s = Math.max(vb[2] / r.width, vb[3] / r.height);
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
    vb = [drag.vb[0] - (e.clientX - drag.x) * s, drag.vb[1] - (e.clientY - drag.y) * s, vb[2], vb[3]];
    apply();
  });
  window.addEventListener('pointerup', function () { setTimeout(function () { drag = null; }, 0); });
  document.getElementById('zoom-in').onclick = function () { zoom(1 / 1.25); };
  document.getElementById('zoom-out').onclick = function () { zoom(1.25); };
  document.getElementById('zoom-fit').onclick = function () { vb = home.slice(); apply(); };
  document.addEventListener('keydown', function (e) {
    if (e.target && e.target.tagName === 'INPUT') return;
    if (e.key === '+' || e.key === '=') zoom(1 / 1.25);
    else if (e.key === '-') zoom(1.25);
    else if (e.key === '0') { vb = home.slice(); apply(); }
    else if (e.key === 'Escape') panel.hidden = true;
  });
  var byId = {};
  data.elements.nodes.forEach(function (n) { byId[n.data.id] = n.data; });
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); if (cls) e.className = cls; return e; }
  function safeLink(url, text) {
    if (typeof url === 'string' && /^https?:\/\//i.test(url)) { var a = el('a', text); a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer'; return a; }
    return el('span', text);
  }
  function show(id) {
    var d = byId[id];
    if (!d) return;
    panel.replaceChildren();
    panel.appendChild(el('h2', d.name));
    panel.appendChild(el('p', d.type, 'type'));
    if (d.url) panel.appendChild(safeLink(d.url, 'Open the post section'));
    if (d.videoUrl) { panel.appendChild(el('span', ' · ')); panel.appendChild(safeLink(d.videoUrl, 'Watch the talk')); }
    var list = el('ul');
    data.elements.edges.forEach(function (e) {
      var ed = e.data, other = ed.source === id ? ed.target : ed.target === id ? ed.source : null;
      if (!other || !byId[other]) return;
      var li = el('li');
      li.appendChild(el('strong', ed.type + ' '));
      li.appendChild(el('span', byId[other].name));
      (ed.evidence || []).slice(0, 2).forEach(function (ev) { var q = el('blockquote'); q.appendChild(safeLink(ev.url, ev.text)); li.appendChild(q); });
      list.appendChild(li);
    });
    panel.appendChild(list);
    panel.hidden = false;
    svg.querySelectorAll('g.node').forEach(function (g) { g.classList.toggle('selected', g.getAttribute('data-id') === id); });
  }
  svg.querySelectorAll('g.node').forEach(function (g) {
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.addEventListener('click', function () { if (!drag || !drag.moved) show(g.getAttribute('data-id')); });
    g.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(g.getAttribute('data-id')); } });
  });
  document.body.setAttribute('data-ready', 'true');
})();`;
