// The exemption check ("我的情况能免罚吗？") without a page load: the form still works without this script (a plain
// GET that the server answers with a page); with it, questions that do not apply are hidden, the answer comes from
// the same URL as JSON and is shown in place, and a print button is offered. Text is set with textContent only.
(function () {
  'use strict';
  var form = document.getElementById('check-form');
  var slot = document.getElementById('check-answer');
  if (!form || !slot || !window.fetch || !window.URLSearchParams) return;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function checked(name) {
    var i = form.querySelector('input[name="' + name + '"]:checked');
    return i ? i.value : null;
  }

  // Questions that only count for a person, and the end date of a continuing act.
  function showWhatApplies() {
    var person = checked('party') === 'person';
    var continuing = checked('continuing') === 'yes';
    form.querySelectorAll('[data-person-only]').forEach(function (f) { toggle(f, person); });
    var end = document.getElementById('field-endDate');
    if (end) toggle(end, continuing);
    // On an item the act is the item's, so its field only matters for a claim of no fault (art. 33 ¶2's special
    // laws): the folded group shows, open, once no fault is claimed.
    var special = document.getElementById('group-special');
    var claim = checked('nofault') === 'yes';
    if (special) {
      special.hidden = !claim;
      if (claim && !special.hasAttribute('data-shown')) {
        special.open = true;
        special.setAttribute('data-shown', '');
      }
    }
    var fieldQuestion = document.getElementById('field-field');
    if (special && fieldQuestion) fieldQuestion.querySelectorAll('input').forEach(function (i) { i.disabled = !claim; });
    var field = special && !claim ? null : checked('field');
    var supplier = document.getElementById('field-supplier');
    if (supplier) toggle(supplier, field === 'food' || field === 'product');
    var inspected = document.getElementById('field-inspected');
    if (inspected) toggle(inspected, field === 'food');
    // The act's date first: the rest of the time questions only count with it.
    var act = document.getElementById('q-actDate');
    var dated = !!(act && act.value);
    ['continuing', 'foundDate', 'lifeOrFinance'].forEach(function (n) {
      var f = document.getElementById('field-' + n);
      if (f) toggle(f, dated);
    });
    // The five-year period needs harm (art. 36 ¶1): with none, the question is not asked.
    var lof = document.getElementById('field-lifeOrFinance');
    if (lof && checked('harm') === 'none') toggle(lof, false);
    if (end && !dated) toggle(end, false);
    form.querySelectorAll('[data-linked]').forEach(narrow);
    confirmItem();
    progress();
  }

  // An item's check asks first whether the item is the person's act: the rest shows once they say 是; 不是 and
  // 不确定 show the ways on (the law's check without a list, choosing another item) instead of the questions.
  function confirmItem() {
    var fits = checked('fits');
    var notItem = document.getElementById('check-not-item');
    if (notItem) notItem.hidden = form.hasAttribute('data-confirm') && fits !== 'no' && fits !== 'unsure';
    form.classList.toggle('check-confirming', form.hasAttribute('data-confirm') && fits !== 'yes');
    var lawCheck = notItem && notItem.querySelector('a[data-law-check]');
    if (lawCheck) lawCheck.setAttribute('href', notThisItem() ? formUrl() : '/check/');
  }

  // 不是 or 不确定 after some answers: the law's check takes those it also asks along. The server picks them (the same
  // GET as the form's, answered with a redirect to /check/); with nothing else answered it is the empty /check/.
  function notThisItem() {
    var fits = checked('fits');
    if (fits !== 'no' && fits !== 'unsure') return false;
    var answered = false;
    new FormData(form).forEach(function (v, k) { if (k !== 'fits' && v !== '') answered = true; });
    return answered;
  }

  function formUrl() {
    return form.getAttribute('action') + '?' + new URLSearchParams(new FormData(form)).toString();
  }

  // A law question tied to an item condition: skipped when the condition's answer settles it (the server takes the
  // answer from the condition), narrowed to the answers the condition leaves open otherwise.
  function narrow(field) {
    var linked = field.getAttribute('data-linked');
    var met = linked === 'all' ? allConditions() : checked(linked);
    var allowed = met === null ? '' : field.getAttribute(met === 'yes' ? 'data-if-met' : 'data-if-unmet');
    var values = allowed ? allowed.split(' ') : [];
    toggle(field, values.length !== 1);
    if (values.length === 1) return;
    field.querySelectorAll('input').forEach(function (i) {
      var on = values.length === 0 || values.indexOf(i.value) >= 0;
      i.disabled = !on;
      if (!on) i.checked = false;
      i.parentNode.hidden = !on;
    });
  }

  // 'yes' when every item condition is met, 'no' when one is not, null while some are unanswered.
  function allConditions() {
    var names = [];
    form.querySelectorAll('input[type=radio]').forEach(function (i) {
      if (/^c\d+$/.test(i.name) && names.indexOf(i.name) < 0) names.push(i.name);
    });
    var answers = names.map(checked);
    if (answers.indexOf('no') >= 0) return 'no';
    return answers.indexOf(null) >= 0 ? null : 'yes';
  }

  // How many required questions on show are still unanswered.
  function progress() {
    var p = document.getElementById('check-progress');
    if (!p) return;
    if (form.classList.contains('check-confirming')) {
      p.textContent = '请先确认事项：选“是”后继续回答。';
      return;
    }
    var total = 0;
    var open = 0;
    form.querySelectorAll('[data-required]').forEach(function (f) {
      if (f.hidden) return;
      total++;
      var answered = Array.prototype.some.call(f.querySelectorAll('input'), function (i) {
        return (i.type === 'radio' || i.type === 'checkbox') ? i.checked : i.value !== '';
      });
      if (!answered) open++;
    });
    p.textContent = open === 0 ? '必答问题都已回答（共 ' + total + ' 题），可以查看结果。'
      : '已回答 ' + (total - open) + ' 题，还有 ' + open + ' 题必答（共 ' + total + ' 题）。前面已经回答过的事实，后面不再重复问。';
  }

  function toggle(field, on) {
    field.hidden = !on;
    field.querySelectorAll('input').forEach(function (i) { i.disabled = !on; });
  }

  function printButton(section) {
    var actions = section.querySelector('.check-actions');
    if (!actions || actions.querySelector('button')) return;
    var b = el('button', { type: 'button', 'class': 'check-print' }, ['打印或保存结果']);
    b.addEventListener('click', function () { window.print(); });
    actions.insertBefore(b, actions.firstChild);
  }

  function list(items, cls) {
    return el('ul', { 'class': cls }, items.map(function (t) { return el('li', {}, [t]); }));
  }

  function cites(articles) {
    return articles.map(function (a) { return a.cite; }).join('；');
  }

  function answer(j) {
    var o = j.outcome;
    var parts = [el('h2', { id: 'h-answer' }, ['自查结果：' + o.label])];
    if (o.listNote) parts.push(el('p', { 'class': 'check-list-note' }, [o.listNote]));
    parts.push(list(o.reasons, 'plain check-reasons'));
    if (o.cautions.length) parts.push(el('div', { 'class': 'banner', role: 'note' }, [list(o.cautions, 'plain')]));
    if (o.unmet.length) parts.push(el('h3', {}, [o.unmetTitle]), list(o.unmet, 'check-list'));
    if (o.also.length) {
      parts.push(el('h3', {}, ['如果实施机关决定给予处罚']), el('ul', { 'class': 'check-list' }, o.also.map(function (a) {
        return el('li', {}, [el('strong', {}, [a.label]), '：' + a.reason + '（' + cites(a.articles) + '）']);
      })));
    }
    parts.push(el('h3', {}, ['判断过程']), el('ol', { 'class': 'check-trace' }, o.trace.map(function (st) {
      var cite = st.article.url ? el('a', { href: st.article.url }, [st.article.cite]) : st.article.cite;
      return el('li', st.decisive ? { 'class': 'decisive' } : {}, [
        el('p', {}, [st.decisive ? el('strong', {}, ['【决定结果】']) : null, el('strong', {}, [cite]),
          '：' + st.result + (st.givesLabel ? '（' + st.givesLabel + '）' : '')]),
        el('p', { 'class': 'meta' }, ['您的情况：' + st.fact]),
        el('details', { 'class': 'check-text' }, [el('summary', {}, ['条文']),
          el('blockquote', {}, [st.article.text + (st.article.summary ? '（摘要）' : '')])])]);
    })));
    parts.push(el('h3', {}, ['依据']), el('ul', { 'class': 'plain check-articles' }, o.articles.map(function (a) {
      var cite = a.url ? el('a', { href: a.url }, [a.cite]) : a.cite;
      return el('li', {}, [el('strong', {}, [cite]), (a.summary ? '（摘要）' : '') + '：' + a.text]);
    })));
    if (o.coercion) parts.push(el('h3', {}, ['不予行政强制']), el('p', {}, [o.coercion]));
    if (o.education) {
      parts.push(el('p', {}, [el('strong', {}, ['不予处罚不等于不管：']),
        o.educationArticle.cite + '规定，' + o.educationArticle.text]));
    }
    var next = [];
    if (j.item) {
      next.push(el('li', {}, ['查看事项：', el('a', { href: j.item.url }, [j.item.violation]),
        '。配套监管措施：' + (o.measures.length ? o.measures.join('；') : '清单未列明') + '。']));
    }
    next.push(el('li', {}, [j.guidance]));
    if (j.department) {
      next.push(el('li', {}, ['公示部门：', el('a', { href: j.department.url }, [j.department.name]),
        (j.department.address ? '，地址：' + j.department.address : '') + '。']));
    }
    next.push(el('li', { 'class': 'credit-hint' }, [el('a', { href: '/credit/' }, ['已受到处罚？公示期满后可申请信用修复'])]));
    parts.push(el('h3', {}, ['下一步']), el('ul', { 'class': 'check-next' }, next));
    parts.push(el('details', { 'class': 'check-given-box' }, [el('summary', {}, ['您的回答（已回答 ' + j.answers.filter(function (g) { return g.answered; }).length + ' 项）']),
      el('dl', { 'class': 'fields check-given' }, j.answers.map(function (g) {
        return el('div', {}, [el('dt', {}, [g.question]), el('dd', {}, [g.answer])]);
      }))]));
    parts.push(el('p', { 'class': 'meta' }, j.item ? ['生成日期：' + j.date + '　事项编号：', el('code', {}, [j.item.id]),
      '　事项网址：' + location.origin + j.item.url] : ['生成日期：' + j.date]));
    parts.push(el('p', { 'class': 'check-actions' }, []));
    return el('section', { 'class': 'check-answer check-' + o.code.toLowerCase(), id: 'answer',
      'aria-labelledby': 'h-answer', tabindex: '-1' }, parts);
  }

  // Once there is an answer, the form folds away under 修改回答, as the server's answer page has it.
  function foldForm() {
    if (document.getElementById('check-edit')) return;
    var box = el('details', { 'class': 'check-edit', id: 'check-edit' }, [el('summary', {}, ['修改回答'])]);
    form.parentNode.insertBefore(box, form);
    box.appendChild(form);
    var heading = document.getElementById('h-form');
    if (heading) heading.remove();
  }

  function clearErrors() {
    var old = document.getElementById('check-errors');
    if (old) old.remove();
    form.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    form.querySelectorAll('.has-errors').forEach(function (e) { e.classList.remove('has-errors'); });
    document.title = document.title.replace(/^(错误：|检查结果：)/, '');
  }

  function showErrors(problem) {
    var items = problem.errors.length ? problem.errors : [{ param: '', message: problem.title }];
    var summary = el('div', { 'class': 'error-summary', role: 'alert', 'aria-labelledby': 'error-summary-title',
      tabindex: '-1', id: 'check-errors' }, [el('h2', { id: 'error-summary-title' }, ['请检查以下回答']),
      el('ul', {}, items.map(function (e) {
        var input = e.param ? form.querySelector('[name="' + e.param + '"]') : null;
        var field = document.getElementById('field-' + e.param);
        if (field) {
          field.classList.add('has-errors');
          var msg = el('p', { 'class': 'field-error', id: 'q-' + e.param + '-error' },
            [el('span', { 'class': 'visually-hidden' }, ['错误：']), e.message]);
          var after = field.querySelector('.hint') || field.querySelector('legend, label');
          after.insertAdjacentElement('afterend', msg);
        }
        return el('li', {}, [input ? el('a', { href: '#' + input.id }, [e.message]) : e.message]);
      }))]);
    slot.parentNode.insertBefore(summary, slot);
    document.title = '错误：' + document.title;
    summary.focus();
  }

  form.addEventListener('change', showWhatApplies);
  form.addEventListener('input', showWhatApplies);
  form.addEventListener('submit', function (ev) {
    // 不是 or 不确定: not this item's answer but the law's check, a page of its own (the form's plain GET).
    var fits = checked('fits');
    if (fits === 'no' || fits === 'unsure') return;
    ev.preventDefault();
    var url = formUrl();
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      return r.json().then(function (body) { return { status: r.status, body: body }; });
    }).then(function (res) {
      clearErrors();
      slot.textContent = '';
      if (res.status === 200) {
        var section = answer(res.body);
        slot.appendChild(section);
        printButton(section);
        history.replaceState(null, '', url);
        foldForm();
        document.title = '检查结果：' + document.title;
        // The answer is taller than a phone's screen: show its start (the verdict), not wherever focus would scroll.
        section.focus({ preventScroll: true });
        section.scrollIntoView({ block: 'start' });
      } else if (res.status === 400) {
        showErrors(res.body);
      } else {
        form.submit();
      }
    }).catch(function () { form.submit(); });
  });

  showWhatApplies();
  var existing = document.getElementById('answer');
  if (existing) printButton(existing);
})();
