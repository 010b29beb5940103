// The survey page's one script, served as is (no build step, no framework: a few kB on a
// phone). It shows a conditional question when its condition holds, saves the answers a
// moment after each change (a dropped page loses nothing), and sends them as complete.
// Plain ES2017 so that any phone browser of the last years runs it.

export const surveyPageScript = `(function () {
  var form = document.getElementById('survey');
  if (!form) return;
  var api = form.getAttribute('data-api');
  var ar = document.documentElement.lang === 'ar';
  var msg = document.getElementById('msg');
  var saved = document.getElementById('saved');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('fieldset.q'));
  var timer = null;

  function valueOf(box) {
    var type = box.getAttribute('data-type');
    if (type === 'text') {
      var text = box.querySelector('textarea').value.trim();
      return text ? text : null;
    }
    var checked = Array.prototype.slice.call(box.querySelectorAll('input:checked'));
    if (type === 'multiple') return checked.length ? checked.map(function (i) { return i.value; }) : null;
    if (!checked.length) return null;
    var v = checked[0].value;
    if (type === 'yes_no') return v === 'true';
    if (type === 'single') return v;
    return Number(v);
  }

  function refresh() {
    var values = {};
    boxes.forEach(function (box) {
      var raw = box.getAttribute('data-show-if');
      var visible = true;
      if (raw) {
        var cond = JSON.parse(raw);
        var given = values[cond.question];
        var list = given === undefined || given === null ? [] : Array.isArray(given) ? given : [given];
        visible = list.some(function (x) { return cond.values.indexOf(x) >= 0; });
      }
      box.hidden = !visible;
      if (visible) values[box.getAttribute('data-key')] = valueOf(box);
    });
    return values;
  }

  function send(complete) {
    var answers = refresh();
    if (!api) return Promise.resolve({ ok: true, body: {} });
    return fetch(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: answers, complete: complete }),
      credentials: 'omit',
    }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, status: r.status, body: body }; });
    });
  }

  function problem(result) {
    if (result.status === 404 || result.status === 409 || result.status === 410) return location.reload();
    var body = result.body || {};
    msg.textContent = (ar ? body.message_ar : body.message) || (ar ? 'تعذّر الحفظ، حاول مرة أخرى.' : 'Could not save; try again.');
    var key = body.errors && body.errors[0] && body.errors[0].field;
    boxes.forEach(function (box) { box.classList.toggle('missing', box.getAttribute('data-key') === key); });
    var bad = form.querySelector('.missing');
    if (bad) bad.scrollIntoView({ block: 'center' });
  }

  function later() {
    refresh();
    clearTimeout(timer);
    timer = setTimeout(function () {
      send(false).then(function (r) {
        if (r.ok) saved.textContent = ar ? 'تم حفظ إجاباتك' : 'Your answers are saved';
        else problem(r);
      }, function () { saved.textContent = ''; });
    }, 600);
  }

  form.addEventListener('change', later);
  form.addEventListener('input', function (ev) { if (ev.target.tagName === 'TEXTAREA') later(); });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    clearTimeout(timer);
    msg.textContent = '';
    send(true).then(function (r) {
      if (!r.ok) return problem(r);
      form.hidden = true;
      document.getElementById('thanks').hidden = false;
      window.scrollTo(0, 0);
    }, function () { msg.textContent = ar ? 'لا يوجد اتصال، حاول مرة أخرى.' : 'No connection; try again.'; });
  });
  refresh();
})();
`;
