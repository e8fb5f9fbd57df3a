/*! Ripple embed loader: <script src="https://ripple.example/embed.js" data-ripple="<slug>" async></script>
 * Options are data- attributes, read as lib/embed/options.ts reads them. Plain JavaScript; one global, `Ripple`;
 * no style added to the page (inline styles, or a shadow root). */
(function (w, d) {
  'use strict';
  var script = d.currentScript;
  var R = w.Ripple;
  if (!R || !R.version) R = w.Ripple = makeApi();
  if (script && script.getAttribute('data-ripple')) R._mount(script);

  function makeApi() {
    var frames = Object.create(null);
    var listeners = Object.create(null);
    var overlays = Object.create(null);
    var mounted = typeof WeakSet == 'function' ? new WeakSet() : null;
    var defaultOrigin = script ? new URL(script.src, location.href).origin : location.origin;

    w.addEventListener('message', function (e) {
      var m = e.data;
      if (!m || typeof m != 'object' || m.ripple !== 1 || typeof m.frame != 'string' || typeof m.type != 'string') return;
      var inst = frames[m.frame];
      // Only the iframe this loader made, from Ripple's origin, may speak for that game.
      if (!inst || e.origin !== inst.origin || !inst.frame || e.source !== inst.frame.contentWindow) return;
      if (m.type === 'height' || m.type === 'ready') {
        if (typeof m.height == 'number' && m.height >= 0 && m.height < 1e5) inst.size(Math.ceil(m.height));
        if (m.type === 'ready' && inst.isOpen) send(inst, 'focus');
      } else if (m.type === 'start') emit(inst, 'start', {});
      else if (m.type === 'complete' && m.result && typeof m.result == 'object') {
        var r = m.result;
        emit(inst, 'complete', { result: { id: str(r.id), outcomeId: str(r.outcomeId), title: str(r.title), score: num(r.score), maxScore: num(r.maxScore), percent: num(r.percent) } });
      } else if (m.type === 'share' && /^[a-z]{1,20}$/.test(m.channel)) emit(inst, 'share', { channel: m.channel });
      else if (m.type === 'lead') emit(inst, 'lead', { url: str(m.url), label: str(m.label) });
      else if (m.type === 'error') emit(inst, 'error', { code: /^[a-z_]{1,20}$/.test(m.code) ? m.code : 'error', message: str(m.message) });
      else if (m.type === 'close') hide(inst);
    });

    function str(v) {
      return typeof v == 'string' ? v.slice(0, 300) : '';
    }
    function num(v) {
      return typeof v == 'number' && isFinite(v) ? v : null;
    }
    function send(inst, type) {
      if (inst.loaded) inst.frame.contentWindow.postMessage({ ripple: 1, frame: inst.id, type: type }, inst.origin);
    }

    // The host page hears the game as DOM events (ripple:start, ripple:complete, …) that bubble from the embed's
    // element, through Ripple.on() listeners, and, when the snippet asks for it, as window.dataLayer pushes.
    function emit(inst, type, detail) {
      detail.slug = inst.slug;
      inst.el.dispatchEvent(new CustomEvent('ripple:' + type, { detail: detail, bubbles: true, composed: true }));
      (listeners[type] || []).slice().forEach(function (fn) {
        try {
          fn(detail);
        } catch (error) {
          setTimeout(function () {
            throw error;
          });
        }
      });
      if (inst.o.datalayer) (w.dataLayer = w.dataLayer || []).push({ event: 'ripple_' + type, ripple: detail });
    }

    function readOptions(get) {
      var mode = pick(get('mode'), ['inline', 'popup', 'slider', 'fullpage']);
      var color = (get('color') || '').trim();
      var dl = get('datalayer');
      return {
        mode: mode,
        width: int(get('width'), 0, 2000, { inline: 0, popup: 640, slider: 420, fullpage: 0 }[mode]),
        height: int(get('height'), 200, 2000, 600),
        color: /^#[0-9a-f]{6}$/i.test(color) ? color : '#4f46e5',
        trigger: pick(get('trigger'), ['button', 'delay', 'scroll', 'exit']),
        delay: int(get('delay'), 0, 600, 5),
        scroll: int(get('scroll'), 1, 100, 50),
        button: (get('button') || '').trim().slice(0, 60),
        side: pick(get('side'), ['right', 'left']),
        datalayer: dl != null && dl !== 'false' && dl !== '0',
      };
    }
    function pick(v, list) {
      v = (v || '').trim().toLowerCase();
      return list.indexOf(v) >= 0 ? v : list[0];
    }
    function int(v, min, max, fallback) {
      if (!/^\s*\d{1,5}\s*(px)?\s*$/.test(v || '')) return fallback;
      v = parseInt(v, 10);
      return v >= min && v <= max ? v : fallback;
    }

    // What the game's address carries: the page it is on (origin and path, never the query), and from the page's
    // own address the parameters Ripple attributes with: a share token (ripple), utm_* and ref.
    function frameUrl(inst) {
      var q = new URLSearchParams();
      q.set('frame', inst.id);
      q.set('host', location.origin + location.pathname);
      if (inst.o.mode !== 'inline') q.set('mode', inst.o.mode);
      new URLSearchParams(location.search).forEach(function (value, key) {
        if (key === 'ripple' || key === 'ref' || key.slice(0, 4) === 'utm_') q.set(key, value);
      });
      return inst.origin + '/embed/' + encodeURIComponent(inst.slug) + '?' + q;
    }

    function css(el, styles) {
      el.setAttribute('style', styles);
      return el;
    }
    function make(tag, styles) {
      return css(d.createElement(tag), styles || '');
    }
    function ink(hex) {
      var n = parseInt(hex.slice(1), 16);
      return (n >> 16) * 0.299 + ((n >> 8) & 255) * 0.587 + (n & 255) * 0.114 > 160 ? '#111827' : '#fff';
    }

    // Before framing, the loader asks Ripple whether the game exists and may be framed on this page's origin, so
    // that the page gets an error event and a small message instead of a broken frame.
    function check(inst, then) {
      if (inst.meta) return then(inst.meta);
      fetch(inst.origin + '/api/embed/' + encodeURIComponent(inst.slug), { credentials: 'omit' })
        .then(function (res) {
          return res.json().then(function (body) {
            return { ok: res.ok, body: body };
          });
        })
        .then(function (a) {
          if (!a.ok) return fail(inst, 'not_found', 'This game is not available.');
          if (!a.body.isAllowed) {
            fail(inst, 'not_allowed', 'This game cannot be shown on this site.');
            if (w.console) console.warn('Ripple: add ' + location.origin + ' to the allowed sites in the Embed tab of the studio to show "' + inst.slug + '" here.');
            return;
          }
          inst.meta = a.body;
          then(a.body);
        })
        .catch(function () {
          fail(inst, 'network', 'This game could not be loaded.');
        });
    }
    function fail(inst, code, message) {
      if (inst.failed) return;
      inst.failed = true;
      var box = make('p', 'margin:12px auto;padding:12px 16px;max-width:480px;border:1px solid #e2e8f0;border-radius:12px;background:#fff;color:#55607a;font:14px/1.4 system-ui,sans-serif;text-align:center');
      box.setAttribute('role', 'status');
      box.setAttribute('data-ripple-error', code);
      box.textContent = message;
      if (inst.launcher) inst.launcher.style.display = 'none';
      inst.anchor.parentNode ? inst.anchor.parentNode.insertBefore(box, inst.anchor.nextSibling) : d.body.appendChild(box);
      emit(inst, 'error', { code: code, message: message });
    }

    function makeFrame(inst, title, styles) {
      var f = make('iframe', 'display:block;border:0;width:100%;' + styles);
      f.title = title;
      f.setAttribute('allow', 'web-share; clipboard-write');
      f.addEventListener('load', function () {
        inst.loaded = true;
        send(inst, 'hello');
      });
      f.src = frameUrl(inst);
      inst.frame = f;
      return f;
    }

    // inline: the game in the page's flow, as wide as its container (or data-width), as tall as its content.
    function inline(inst) {
      var box = (inst.el = make('div', 'position:relative;width:100%;margin:0 auto;min-height:' + inst.o.height + 'px' + (inst.o.width ? ';max-width:' + inst.o.width + 'px' : '')));
      box.setAttribute('data-ripple-embed', inst.slug);
      place(inst, box);
      inst.size = function (h) {
        if (inst.frame) inst.frame.style.height = h + 'px';
        box.style.minHeight = '0';
      };
      var load = function () {
        check(inst, function (meta) {
          box.appendChild(makeFrame(inst, meta.title, 'height:' + inst.o.height + 'px;overflow:hidden'));
          inst.frame.setAttribute('scrolling', 'no');
        });
      };
      if (!w.IntersectionObserver) return load();
      var io = new IntersectionObserver(
        function (entries) {
          if (entries.some(function (e) {
            return e.isIntersecting;
          })) {
            io.disconnect();
            load();
          }
        },
        { rootMargin: '600px 0px' },
      );
      io.observe(box);
    }

    // fullpage: the game covers the whole window.
    function fullpage(inst) {
      var box = (inst.el = make('div', 'position:fixed;inset:0;z-index:2147483000;background:#fff'));
      box.setAttribute('data-ripple-embed', inst.slug);
      d.body.appendChild(box);
      inst.size = function () {};
      check(inst, function (meta) {
        box.appendChild(makeFrame(inst, meta.title, 'height:100%'));
      });
    }

    // popup and slider: a dialog over the page, or a panel from one side, drawn in a shadow root.
    function overlay(inst) {
      var o = inst.o;
      var isSlider = o.mode === 'slider';
      var host = (inst.el = make('div', 'position:static'));
      host.setAttribute('data-ripple-embed', inst.slug);
      var root = host.attachShadow({ mode: 'open' });
      var side = o.side === 'left' ? 'left' : 'right';
      var width = 'min(' + o.width + 'px,' + (isSlider ? '100vw' : 'calc(100vw - 24px)') + ')';
      root.innerHTML =
        '<style>' +
        ':host{all:initial}' +
        '.s{position:fixed;inset:0;z-index:2147483000;background:rgb(15 23 42/.55);display:none;align-items:center;justify-content:center}' +
        '.d{position:relative;width:' + width + ';max-height:calc(100dvh - 24px);background:#fff;border-radius:16px;box-shadow:0 20px 60px rgb(0 0 0/.35);overflow:auto}' +
        (isSlider
          ? '.s{background:transparent;pointer-events:none;display:block;visibility:hidden}.d{pointer-events:auto;position:absolute;top:0;bottom:0;' + side + ':0;max-height:none;border-radius:0;transform:translateX(' + (side === 'left' ? '-' : '') + '100%);transition:transform .3s ease,visibility 0s .3s;visibility:hidden}.s.o{visibility:visible}.s.o .d{transform:none;visibility:visible;transition:transform .3s ease}'
          : '.s.o{display:flex}') +
        '.x{position:absolute;top:8px;' + (side === 'left' && isSlider ? 'left' : 'right') + ':8px;z-index:1;width:36px;height:36px;border:0;border-radius:50%;background:' + o.color + ';color:' + ink(o.color) + ';font:22px/36px system-ui,sans-serif;cursor:pointer;padding:0}' +
        '.x:focus-visible{outline:3px solid #fff;outline-offset:-6px}' +
        '@media (prefers-reduced-motion:reduce){.d{transition:none!important}}' +
        '</style><div class="s" part="backdrop"><div class="d" role="dialog" aria-modal="true"><button class="x" type="button" aria-label="Close">×</button></div></div>';
      var shade = root.firstChild.nextSibling;
      var dialog = shade.firstChild;
      var close = dialog.firstChild;
      d.body.appendChild(host);
      close.addEventListener('click', function () {
        hide(inst);
      });
      shade.addEventListener('click', function (e) {
        if (e.target === shade) hide(inst);
      });
      d.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && inst.isOpen) hide(inst);
      });
      inst.size = function (h) {
        if (inst.frame && !isSlider) inst.frame.style.height = h + 'px';
      };
      inst.show = function () {
        check(inst, function (meta) {
          dialog.setAttribute('aria-label', meta.title);
          if (!inst.frame) dialog.appendChild(makeFrame(inst, meta.title, isSlider ? 'height:100%' : 'height:' + Math.min(o.height, 600) + 'px'));
          shade.classList.add('o');
          inst.isOpen = true;
          close.focus();
          send(inst, 'focus');
          emit(inst, 'open', { mode: o.mode });
        });
      };
      inst.hide = function () {
        shade.classList.remove('o');
      };
      if (o.trigger === 'button' || isSlider) launcher(inst);
      if (o.trigger === 'delay') setTimeout(once, o.delay * 1000);
      if (o.trigger === 'scroll') w.addEventListener('scroll', onScroll, { passive: true });
      if (o.trigger === 'exit') d.addEventListener('mouseout', onExit);
      function once() {
        if (inst.auto) return;
        inst.auto = true;
        w.removeEventListener('scroll', onScroll);
        d.removeEventListener('mouseout', onExit);
        show(inst);
      }
      function onScroll() {
        var el = d.documentElement;
        if (((w.scrollY + w.innerHeight) / el.scrollHeight) * 100 >= o.scroll) once();
      }
      function onExit(e) {
        if (!e.relatedTarget && e.clientY <= 0) once();
      }
    }

    // The button that opens a popup (where the snippet is) or a slider (in a corner of the window).
    function launcher(inst) {
      var o = inst.o;
      var isSlider = o.mode === 'slider';
      var b = make(
        'button',
        'all:initial;box-sizing:border-box;display:inline-block;cursor:pointer;padding:12px 20px;border-radius:999px;background:' + o.color + ';color:' + ink(o.color) + ';font:600 16px/1.2 system-ui,sans-serif;box-shadow:0 4px 14px rgb(0 0 0/.18);max-width:calc(100vw - 32px);text-align:center' + (isSlider ? ';position:fixed;bottom:20px;' + (o.side === 'left' ? 'left' : 'right') + ':20px;z-index:2147482999' : ''),
      );
      b.type = 'button';
      b.setAttribute('data-ripple-open', inst.slug);
      b.textContent = o.button || 'Play';
      b.addEventListener('click', function () {
        inst.isOpen ? hide(inst) : show(inst);
      });
      inst.launcher = b;
      isSlider ? d.body.appendChild(b) : place(inst, b);
      if (!o.button)
        check(inst, function (meta) {
          b.textContent = meta.title;
        });
    }

    function show(inst) {
      inst.opener = d.activeElement;
      inst.show();
    }
    function hide(inst) {
      if (!inst.isOpen) return;
      inst.isOpen = false;
      inst.hide();
      if (inst.opener && inst.opener.focus) inst.opener.focus();
      emit(inst, 'close', { mode: inst.o.mode });
    }

    function place(inst, el) {
      var a = inst.anchor;
      a.parentNode && a.parentNode !== d.head && a.parentNode !== d.documentElement ? a.parentNode.insertBefore(el, a.nextSibling) : d.body.appendChild(el);
    }

    function create(slug, o, anchor, origin) {
      var id = 'r' + Math.random().toString(36).slice(2, 12);
      var inst = { id: id, slug: slug, o: o, anchor: anchor, origin: origin };
      frames[id] = inst;
      if (o.mode === 'inline') inline(inst);
      else if (o.mode === 'fullpage') fullpage(inst);
      else overlay(inst);
      return inst;
    }

    function whenReady(fn) {
      d.body ? fn() : d.addEventListener('DOMContentLoaded', fn);
    }

    return {
      version: '1',
      _mount: function (el) {
        if (mounted && mounted.has(el)) return;
        if (mounted) mounted.add(el);
        whenReady(function () {
          create(el.getAttribute('data-ripple'), readOptions(function (name) {
            return el.getAttribute('data-' + name);
          }), el, new URL(el.src, location.href).origin);
        });
      },
      // Ripple.open(slug, { mode: 'slider', color, width, … }) opens a game in a popup (or a slider).
      open: function (slug, options) {
        options = options || {};
        var o = readOptions(function (name) {
          var v = name === 'mode' && options.mode !== 'slider' ? 'popup' : options[name];
          return v == null ? null : String(v);
        });
        o.trigger = 'none';
        var key = o.mode + ':' + slug;
        whenReady(function () {
          var inst = overlays[key] || (overlays[key] = create(String(slug), o, d.body.lastChild || d.body, options.origin || defaultOrigin));
          show(inst);
        });
      },
      close: function () {
        for (var id in frames) if (frames[id].isOpen) hide(frames[id]);
      },
      // Ripple.on('complete', fn) calls fn(detail) on each such event; it returns a function that stops it.
      on: function (name, fn) {
        name = String(name).replace(/^ripple:/, '');
        (listeners[name] = listeners[name] || []).push(fn);
        return function () {
          var list = listeners[name] || [];
          if (list.indexOf(fn) >= 0) list.splice(list.indexOf(fn), 1);
        };
      },
    };
  }
})(window, document);
