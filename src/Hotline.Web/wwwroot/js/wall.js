// The wall monitor keeps itself current: every N seconds it asks the page's data handler for the figures and rewrites
// them in place (never reloading the page). A failed request keeps the last figures on screen, shows a discreet
// "reconnecting…" and retries after 5, 10, 20, 40, then every 60 s until it gets through; a 401/403 means the session
// has expired, which is said plainly (with a sign-in link) while it keeps checking. Texts come from the page.
(function () {
    'use strict';
    var root = document.getElementById('wall');
    if (!root) { return; }
    var text = root.dataset;
    var every = parseInt(text.refreshSeconds || '30', 10) * 1000;
    var retries = [5000, 10000, 20000, 40000, 60000];
    var failures = 0;
    var timer = null;
    var status = document.getElementById('wall-status');
    var expired = document.getElementById('wall-expired');

    function schedule(ms) {
        clearTimeout(timer);
        timer = setTimeout(refresh, ms);
    }

    function field(name, value) {
        root.querySelectorAll('[data-field="' + name + '"]').forEach(function (el) { el.textContent = value; });
    }

    function render(data) {
        field('updated', text.textUpdated.replace('{0}', data.at));
        field('callsToday', data.callsToday);
        field('ticketsToday', data.ticketsToday);
        field('open', data.open);
        field('overdue', data.overdue);
        field('onTimeCompletion', data.onTimeCompletion.text);
        field('satisfaction', data.satisfaction.text);
        var body = document.getElementById('wall-latest');
        var rows = document.createDocumentFragment();
        data.latest.forEach(function (t) {
            var tr = document.createElement('tr');
            [t.number, t.category, t.time, t.caller].forEach(function (value) {
                var td = document.createElement('td');
                td.textContent = value;
                tr.appendChild(td);
            });
            var cell = document.createElement('td');
            var badge = document.createElement('span');
            badge.className = 'status status-' + t.statusCode;
            badge.textContent = t.status;
            cell.appendChild(badge);
            tr.appendChild(cell);
            rows.appendChild(tr);
        });
        body.replaceChildren(rows);
        list('wall-overdue-units', data.overdueUnits, function (u) {
            return [[u.name, 'name'], [u.overdue, 'num alert'], [u.open, 'num']];
        });
        list('wall-surges', data.surges, function (c) {
            return [[c.category, 'name'], [c.peakDay, ''], [c.count, 'num alert'], [c.baseline, 'num']];
        });
    }

    // A side list: one row per item (cells as [text, class]), or its "nothing to show" row.
    function list(id, items, cells) {
        var body = document.getElementById(id);
        var rows = document.createDocumentFragment();
        items.forEach(function (item) {
            var tr = document.createElement('tr');
            cells(item).forEach(function (cell) {
                var td = document.createElement('td');
                td.textContent = cell[0];
                if (cell[1]) { td.className = cell[1]; }
                tr.appendChild(td);
            });
            rows.appendChild(tr);
        });
        if (items.length === 0) {
            var empty = document.createElement('tr');
            empty.className = 'wall-empty';
            var td = document.createElement('td');
            td.colSpan = body.closest('table').querySelectorAll('thead th').length;
            td.textContent = body.dataset.empty;
            empty.appendChild(td);
            rows.appendChild(empty);
        }
        body.replaceChildren(rows);
    }

    function state(reconnecting, sessionExpired) {
        status.hidden = !reconnecting;
        status.textContent = reconnecting ? text.textReconnecting : '';
        expired.hidden = !sessionExpired;
        root.classList.toggle('is-stale', reconnecting || sessionExpired);
    }

    function refresh() {
        fetch(text.url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
            .then(function (r) {
                if (r.status === 401 || r.status === 403 || (r.redirected && r.url.indexOf('/Account/') >= 0)) {
                    return { expired: true };
                }
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            })
            .then(function (data) {
                failures = 0;
                if (data.expired) {
                    state(false, true);
                } else {
                    render(data);
                    state(false, false);
                }
                schedule(every);
            })
            .catch(function () {
                failures++;
                state(true, !expired.hidden);
                schedule(retries[Math.min(failures, retries.length) - 1]);
            });
    }

    schedule(every);
})();
