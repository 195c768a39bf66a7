// report-qa page. Plain JavaScript, no library, nothing fetched but the page's own API.
// Every text from the server goes into the page as text (textContent, text nodes), never as HTML,
// so a report or answer holding "<script>" shows those characters and runs nothing.
(function () {
  'use strict';

  var MESSAGES = JSON.parse(document.getElementById('messages').textContent);
  var state = {
    lang: localStorage.getItem('reportqa.lang') === 'en' ? 'en' : 'zh',
    conversation: sessionStorage.getItem('reportqa.conversation'),
    reports: [],
    multiple: false,
    report: null,        // the report shown in the pane
    loading: null,       // its lines and outline, while they load and after
    lines: {},           // line number -> its element, for the report shown
    pending: false
  };
  var $ = function (id) { return document.getElementById(id); };

  // ---- interface wording ----

  function t(key, values) {
    var text = (MESSAGES[state.lang] && MESSAGES[state.lang][key]) || MESSAGES.zh[key] || key;
    Object.keys(values || {}).forEach(function (k) { text = text.split('{' + k + '}').join(values[k]); });
    return text;
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      el.textContent = t(el.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      el.placeholder = t(el.getAttribute('data-i18n-placeholder'));
    });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (el) {
      el.setAttribute('aria-label', t(el.getAttribute('data-i18n-aria')));
    });
    document.querySelectorAll('[data-i18n-dynamic]').forEach(function (el) {
      var values = JSON.parse(el.getAttribute('data-i18n-values') || '{}');
      el.textContent = t(el.getAttribute('data-i18n-dynamic'), values);
    });
    if (lastFigures) { renderFigures(lastFigures); }
  }

  // Marks an element whose wording follows the language switch.
  function wording(el, key, values) {
    el.setAttribute('data-i18n-dynamic', key);
    el.setAttribute('data-i18n-values', JSON.stringify(values || {}));
    el.textContent = t(key, values);
    return el;
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // ---- the API ----

  function api(method, url, body) {
    var options = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.status === 204) { return null; }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error(json && json.error ? json.error : response.status + ' ' + response.statusText);
        }
        return json;
      });
    }, function () { throw new Error(t('offline')); });
  }

  function query(params) {
    return Object.keys(params).filter(function (k) { return params[k]; }).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
    }).join('&');
  }

  function reportPath(name) { return '/api/reports/' + encodeURIComponent(name); }

  // ---- the report pane ----

  // A line of the file as text, with the report's display markup shown as such: "#" heading marks
  // dropped, **bold** as bold, <sub>/<sup> as sub- and superscript. Any other tag stays text.
  function segments(raw) {
    var out = [];
    var heading = /^\s*#{1,6}\s+/.exec(raw);
    var s = heading ? raw.slice(heading[0].length) : raw;
    var style = { bold: false, sub: false, sup: false };
    var text = '';
    var flush = function () {
      if (text) { out.push({ text: text, bold: style.bold, sub: style.sub, sup: style.sup }); }
      text = '';
    };
    for (var i = 0; i < s.length;) {
      if (s.startsWith('**', i)) { flush(); style.bold = !style.bold; i += 2; continue; }
      var tag = /^<(\/?)(sub|sup)>/i.exec(s.slice(i, i + 6));
      if (tag) { flush(); style[tag[2].toLowerCase()] = !tag[1]; i += tag[0].length; continue; }
      text += s[i];
      i++;
    }
    flush();
    return { heading: !!heading, parts: out };
  }

  // Fills a line's text element, marking [start, end) of its display text.
  function renderLineText(target, parsed, start, end) {
    target.textContent = '';
    var at = 0;
    parsed.parts.forEach(function (part) {
      var from = at;
      var to = at + part.text.length;
      at = to;
      var cuts = [from, to];
      if (start < to && end > from) { cuts = [from, Math.max(from, start), Math.min(to, end), to]; }
      for (var c = 0; c + 1 < cuts.length; c++) {
        if (cuts[c] === cuts[c + 1]) { continue; }
        var node = document.createTextNode(part.text.slice(cuts[c] - from, cuts[c + 1] - from));
        var wrap = node;
        if (part.sub || part.sup) { var x = el(part.sub ? 'sub' : 'sup'); x.appendChild(wrap); wrap = x; }
        if (part.bold) { var b = el('strong'); b.appendChild(wrap); wrap = b; }
        if (cuts[c] >= start && cuts[c + 1] <= end && start < end) { var m = el('mark'); m.appendChild(wrap); wrap = m; }
        target.appendChild(wrap);
      }
    });
  }

  function showReport(name) {
    if (state.report === name && state.loading) { return state.loading; }
    state.report = name;
    $('report-picker').value = name;
    var info = state.reports.filter(function (r) { return r.name === name; })[0] || { name: name };
    $('report-title').textContent = [info.title, info.speaker, info.date, info.name]
      .filter(Boolean).join(' · ');
    var pane = $('lines');
    pane.textContent = '';
    pane.appendChild(wording(el('p', 'status'), 'loading'));
    state.lines = {};
    updateDownloads();
    state.loading = Promise.all([
      api('GET', reportPath(name) + '/lines'),
      api('GET', reportPath(name) + '/outline')
    ]).then(function (results) {
      if (state.report !== name) { return; }
      renderLines(results[0]);
      renderOutline(results[1]);
    }, function (error) {
      pane.textContent = '';
      pane.appendChild(el('p', 'status error', error.message));
    });
    return state.loading;
  }

  function renderLines(view) {
    var pane = $('lines');
    pane.textContent = '';
    var fragment = document.createDocumentFragment();
    view.lines.forEach(function (line) {
      var row = el('div', 'line');
      row.id = 'L' + line.number;
      row.setAttribute('data-line', line.number);
      row.setAttribute('data-label', line.label);
      row.tabIndex = -1;
      var parsed = segments(line.text);
      row.parsed = parsed;
      if (!line.text.trim()) { row.classList.add('blank'); }
      if (parsed.heading) { row.classList.add('heading'); }
      var num = el('span', 'num', String(line.number));
      num.setAttribute('aria-label', t('line', { n: line.number }));
      var text = el('span', 'text');
      renderLineText(text, parsed, 0, 0);
      row.appendChild(num);
      row.appendChild(text);
      fragment.appendChild(row);
      state.lines[line.number] = row;
    });
    pane.appendChild(fragment);
  }

  function renderOutline(outline) {
    var toc = $('toc');
    toc.textContent = '';
    outline.sections.forEach(function (s) {
      var item = el('li', 'lv' + s.level);
      var link = el('a', null, s.level === 2 && !s.number ? s.shortTitle : s.title);
      link.href = '#L' + s.line;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        highlight(state.report, [{ line: s.line, text: '' }], false);
      });
      item.appendChild(link);
      toc.appendChild(item);
    });
  }

  function clearHighlights() {
    document.querySelectorAll('.line.cited').forEach(function (row) {
      row.classList.remove('cited');
      renderLineText(row.querySelector('.text'), row.parsed, 0, 0);
    });
  }

  // Shows lines of a report: scrolls the pane to the first, marks them, and marks in each the
  // quoted words (found in the line's display text; the whole line when not found).
  function highlight(report, highlights, mark) {
    return showReport(report).then(function () {
      if (state.report !== report) { return; }
      clearHighlights();
      var first = null;
      highlights.forEach(function (h) {
        var row = state.lines[h.line];
        if (!row) { return; }
        if (mark !== false) { row.classList.add('cited'); }
        var display = row.parsed.parts.map(function (p) { return p.text; }).join('');
        var at = h.text ? display.indexOf(h.text) : -1;
        if (mark !== false && at >= 0) {
          renderLineText(row.querySelector('.text'), row.parsed, at, at + h.text.length);
        }
        first = first || row;
      });
      if (first) {
        if (window.matchMedia('(max-width: 800px)').matches) {
          $('report-pane').scrollIntoView({ block: 'start' });
        }
        // The quoted words in the middle of the pane; a line without them from its top, since a
        // long paragraph can be taller than the pane.
        var quoted = first.querySelector('mark');
        if (quoted) {
          quoted.scrollIntoView({ block: 'center' });
        } else {
          first.scrollIntoView({ block: 'start' });
        }
        first.focus({ preventScroll: true });
      }
    });
  }

  function citeLink(text, report, highlights) {
    var link = el('a', 'cite', text);
    link.href = '#L' + highlights[0].line;
    link.setAttribute('aria-label', t('cited', { label: text }));
    link.addEventListener('click', function (event) {
      event.preventDefault();
      highlight(report, highlights);
    });
    return link;
  }

  function wholeLines(lines) {
    return lines.map(function (n) { return { line: n, text: '' }; });
  }

  // ---- asking ----

  function ask(question) {
    if (state.pending || !question.trim()) { return; }
    state.pending = true;
    var button = $('ask');
    button.disabled = true;
    var turn = el('article', 'turn');
    var q = el('p', 'q');
    q.appendChild(wording(el('span', 'who'), 'you'));
    q.appendChild(document.createTextNode('：' + question));
    turn.appendChild(q);
    var waiting = wording(el('p', 'answer'), 'asking');
    turn.appendChild(waiting);
    $('log').appendChild(turn);
    turn.scrollIntoView({ block: 'end' });
    api('POST', '/api/ask', { question: question, conversation: state.conversation || null })
      .then(function (answer) {
        state.conversation = answer.conversation;
        sessionStorage.setItem('reportqa.conversation', answer.conversation);
        turn.removeChild(waiting);
        renderAnswer(turn, answer);
        $('question').value = '';
      }, function (error) {
        waiting.removeAttribute('data-i18n-dynamic');
        waiting.textContent = '';
        waiting.appendChild(wording(el('span', 'error'), 'error'));
        waiting.appendChild(el('span', 'error', error.message));
        waiting.setAttribute('role', 'alert');
      })
      .then(function () {
        state.pending = false;
        button.disabled = false;
        turn.scrollIntoView({ block: 'end' });
        $('question').focus();
      });
  }

  function renderAnswer(turn, answer) {
    if (answer.notice) { turn.appendChild(el('p', 'notice', answer.notice)); }
    if (answer.resolvedText) { turn.appendChild(el('p', 'resolved', answer.resolvedText)); }
    var text = el('p', 'answer' + (answer.refused ? ' refused' : ''));
    text.lang = answer.language === 'en' ? 'en' : 'zh-CN';
    answer.parts.forEach(function (part) {
      if (part.citation == null) {
        text.appendChild(document.createTextNode(part.text));
      } else {
        var c = answer.citations[part.citation];
        text.appendChild(citeLink(part.text, c.report, c.highlights));
      }
    });
    turn.appendChild(text);
    // A citation the text does not hold as written (a language model's own form) is linked here.
    var linked = answer.parts.filter(function (p) { return p.citation != null; })
      .map(function (p) { return p.citation; });
    answer.citations.forEach(function (c, i) {
      if (linked.indexOf(i) < 0) {
        text.appendChild(document.createTextNode(' '));
        text.appendChild(citeLink('[' + c.label + ']', c.report, c.highlights));
      }
    });
    if (!answer.refused) {
      var copy = wording(el('button', 'copy'), 'copy');
      copy.type = 'button';
      copy.addEventListener('click', function () { copyText(copyableAnswer(answer), copy, 'copy'); });
      turn.appendChild(copy);
    }
    if (answer.sources.length) {
      var box = el('div', 'sources');
      box.appendChild(el('h3', null, answer.sourcesTitle));
      var list = el('ul');
      answer.sources.forEach(function (s) {
        var item = el('li');
        item.appendChild(citeLink('[' + s.label + ']', s.report, wholeLines(s.lines)));
        if (state.multiple) { item.appendChild(el('span', 'path', s.report)); }
        item.appendChild(el('span', 'path', s.section));
        item.appendChild(el('p', 'excerpt', s.text));
        list.appendChild(item);
      });
      box.appendChild(list);
      turn.appendChild(box);
    }
  }

  function copyableAnswer(answer) {
    var lines = [answer.answer];
    answer.citations.forEach(function (c) {
      var source = answer.sources.filter(function (s) { return s.label === c.label && s.report === c.report; })[0];
      lines.push(t('source.of') + c.report + ' [' + c.label + ']' + (source && source.section ? ' ' + source.section : ''));
    });
    return lines.join('\n');
  }

  function copyText(text, button, key) {
    var done = function () {
      button.textContent = t('copied');
      setTimeout(function () { button.textContent = t(key); }, 1500);
    };
    var fallback = function () {
      // Outside a secure context (the page opened by another machine's address) there is no
      // clipboard API: copy through a selected, off-screen text area.
      var area = el('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'sr-only';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { done(); } else { button.textContent = t('copy.failed'); }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function newConversation() {
    var old = state.conversation;
    state.conversation = null;
    sessionStorage.removeItem('reportqa.conversation');
    if (old) { api('DELETE', '/api/conversations/' + encodeURIComponent(old)).catch(function () {}); }
    var log = $('log');
    log.textContent = '';
    log.appendChild(wording(el('p', 'welcome'), 'new.done'));
    clearHighlights();
    $('question').focus();
  }

  // ---- brief ----

  var lastBrief = null;
  var briefRequest = 0;

  function makeBrief(topic) {
    var mine = ++briefRequest;
    var status = $('brief-status');
    status.className = 'status';
    wording(status, 'loading');
    $('brief-out').textContent = '';
    $('brief-tools').hidden = true;
    api('GET', '/api/brief?' + query({ topic: topic, report: state.multiple ? state.report : '' }))
      .then(function (brief) {
        if (mine !== briefRequest) { return; }
        lastBrief = brief;
        status.textContent = '';
        status.removeAttribute('data-i18n-dynamic');
        renderMarkdown($('brief-out'), brief.markdown, brief.citations);
        $('brief-download').href = '/api/brief?' + query({ topic: topic, format: 'md',
          report: state.multiple ? state.report : '' });
        $('brief-download').setAttribute('download', 'brief-' + topic + '.md');
        $('brief-tools').hidden = false;
      }, function (error) {
        if (mine !== briefRequest) { return; }
        status.removeAttribute('data-i18n-dynamic');
        status.className = 'status error';
        status.textContent = error.message;
      });
  }

  // Text with every citation the server named turned into a link.
  function linkedText(target, text, citations) {
    var from = 0;
    while (from < text.length) {
      var at = -1;
      var found = null;
      citations.forEach(function (c) {
        var i = text.indexOf(c.text, from);
        if (i >= 0 && (at < 0 || i < at)) { at = i; found = c; }
      });
      if (!found) { break; }
      if (at > from) { target.appendChild(document.createTextNode(text.slice(from, at))); }
      target.appendChild(citeLink(found.text, found.report, wholeLines(found.lines)));
      from = at + found.text.length;
    }
    if (from < text.length) { target.appendChild(document.createTextNode(text.slice(from))); }
    return target;
  }

  // The brief's Markdown as the few elements it uses: headings, a pipe table, bullets, paragraphs.
  function renderMarkdown(target, markdown, citations) {
    target.textContent = '';
    var list = null;
    var table = null;
    markdown.split('\n').forEach(function (line) {
      var heading = /^(#{1,3})\s+(.*)$/.exec(line);
      var bullet = /^-\s+(.*)$/.exec(line);
      var row = /^\|(.*)\|\s*$/.exec(line);
      if (!bullet) { list = null; }
      if (!row) { table = null; }
      if (heading) {
        target.appendChild(linkedText(el('h' + heading[1].length), heading[2], citations));
      } else if (bullet) {
        if (!list) { list = el('ul'); target.appendChild(list); }
        list.appendChild(linkedText(el('li'), bullet[1], citations));
      } else if (row) {
        var cells = row[1].split('|').map(function (c) { return c.trim(); });
        if (cells.every(function (c) { return /^:?-+:?$/.test(c); })) { return; }
        var header = !table;
        if (!table) { table = el('table'); target.appendChild(table); }
        var tr = el('tr');
        cells.forEach(function (c) { tr.appendChild(linkedText(el(header ? 'th' : 'td'), c, citations)); });
        table.appendChild(tr);
      } else if (line.trim()) {
        target.appendChild(linkedText(el('p'), line, citations));
      }
    });
  }

  // ---- figures ----

  var lastFigures = null;
  var figuresRequest = 0;  // only the answer to the latest request is shown

  function figureParams(format) {
    return query({ topic: $('figures-topic').value.trim(), format: format,
      report: state.multiple ? state.report : '' });
  }

  function updateDownloads() {
    var topic = $('figures-topic').value.trim();
    ['csv', 'json', 'md'].forEach(function (format) {
      var link = $('download-' + format);
      link.href = '/api/figures?' + figureParams(format);
      link.setAttribute('download', 'figures' + (topic ? '-' + topic : '') + '.' + format);
    });
  }

  function showFigures() {
    var mine = ++figuresRequest;
    var status = $('figures-status');
    status.className = 'status';
    wording(status, 'loading');
    updateDownloads();
    api('GET', '/api/figures?' + figureParams('json')).then(function (doc) {
      if (mine !== figuresRequest) { return; }
      lastFigures = doc;
      renderFigures(doc);
    }, function (error) {
      if (mine !== figuresRequest) { return; }
      lastFigures = null;
      $('figures-table').textContent = '';
      status.removeAttribute('data-i18n-dynamic');
      status.className = 'status error';
      status.textContent = error.message;
    });
  }

  function renderFigures(doc) {
    wording($('figures-status'), 'figures.count', { n: doc.figures.length });
    var table = $('figures-table');
    table.textContent = '';
    var head = el('tr');
    ['line', 'period', 'measured', 'written', 'value', 'unit', 'growth'].forEach(function (k) {
      var th = el('th', null, t('figures.col.' + k));
      th.scope = 'col';
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    doc.figures.forEach(function (f) {
      var tr = el('tr');
      var cell = el('td');
      // The lines API gave each line's label; a figure on two lines names both.
      var labels = f.lines.map(function (n) {
        var row = state.lines[n];
        return row ? row.getAttribute('data-label') || 'L' + n : 'L' + n;
      });
      cell.appendChild(citeLink('[' + labels.join(', ') + ']', doc.report, wholeLines(f.lines)));
      tr.appendChild(cell);
      [t('period.' + f.period), f.measured, (f.change || '') + f.written, String(f.value), f.unit,
        f.growth || ''].forEach(function (v) { tr.appendChild(el('td', null, v)); });
      body.appendChild(tr);
    });
    table.appendChild(body);
  }

  // ---- tabs, language, start ----

  function selectTab(id) {
    ['chat', 'brief', 'figures'].forEach(function (name) {
      var tab = $('tab-' + name);
      var selected = name === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      $('panel-' + name).hidden = !selected;
    });
    if (id === 'figures' && !lastFigures) { showFigures(); }
  }

  function wire() {
    $('ask-form').addEventListener('submit', function (event) {
      event.preventDefault();
      ask($('question').value);
    });
    $('question').addEventListener('keydown', function (event) {
      // Enter asks; Shift+Enter is a new line; Enter that ends a Chinese input-method composition
      // only confirms the characters.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
        event.preventDefault();
        ask($('question').value);
      }
    });
    $('new-conversation').addEventListener('click', newConversation);
    $('language').addEventListener('click', function () {
      state.lang = state.lang === 'en' ? 'zh' : 'en';
      localStorage.setItem('reportqa.lang', state.lang);
      applyLanguage();
    });
    var tabs = ['chat', 'brief', 'figures'];
    tabs.forEach(function (name, i) {
      var tab = $('tab-' + name);
      tab.addEventListener('click', function () { selectTab(name); });
      tab.addEventListener('keydown', function (event) {
        var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (step) {
          var next = tabs[(i + step + tabs.length) % tabs.length];
          selectTab(next);
          $('tab-' + next).focus();
        }
      });
    });
    $('brief-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var topic = $('brief-topic').value.trim();
      if (topic) { makeBrief(topic); }
    });
    $('brief-copy').addEventListener('click', function () {
      if (lastBrief) { copyText(lastBrief.markdown, $('brief-copy'), 'brief.copy'); }
    });
    $('figures-form').addEventListener('submit', function (event) {
      event.preventDefault();
      showFigures();
    });
    $('figures-topic').addEventListener('input', updateDownloads);
    $('report-picker').addEventListener('change', function () {
      lastFigures = null;
      lastBrief = null;
      $('brief-out').textContent = '';
      $('brief-tools').hidden = true;
      showReport($('report-picker').value).then(function () {
        if (!$('panel-figures').hidden) { showFigures(); }
      });
    });
  }

  function start() {
    wire();
    applyLanguage();
    api('GET', '/api/reports').then(function (view) {
      state.reports = view.reports;
      state.multiple = view.multiple;
      var picker = $('report-picker');
      view.reports.forEach(function (r) {
        var option = el('option', null, r.title ? r.name + ' — ' + r.title : r.name);
        option.value = r.name;
        picker.appendChild(option);
      });
      $('picker-wrap').hidden = !view.multiple;
      wording($('mode'), view.llm ? 'mode.llm' : 'mode.offline');
      return showReport(view.reports[0].name);
    }).catch(function (error) {
      $('lines').textContent = '';
      $('lines').appendChild(el('p', 'status error', error.message));
    });
  }

  start();
}());
