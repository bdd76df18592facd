// 突发事件 on the wall and the dashboard (docs/decisions/0032): the running incidents and their attached calls are pushed
// over the live hub after each attach, declaration, end or callback list (at most once a second). On (re)connecting, and
// every 30 s as a safety net, the list is fetched once. Stage names come from the page (pushes carry no language).
(function () {
    'use strict';
    var panel = document.getElementById('incidents-live');
    if (!panel) { return; }
    var body = document.getElementById('incidents-live-rows');
    var stages = JSON.parse(panel.dataset.stages || '{}');

    function cell(text, className) {
        var td = document.createElement('td');
        td.textContent = text;
        if (className) { td.className = className; }
        return td;
    }

    function render(rows) {
        var fragment = document.createDocumentFragment();
        rows.forEach(function (r) {
            var tr = document.createElement('tr');
            tr.dataset.incident = r.id;
            tr.appendChild(cell(r.name, 'name'));
            var count = cell(String(r.attached), panel.dataset.countClass);
            count.dataset.incidentCount = r.id;
            tr.appendChild(count);
            var stage = cell(stages[r.stage] || r.stage, '');
            stage.dataset.stage = r.stage;
            tr.appendChild(stage);
            fragment.appendChild(tr);
        });
        if (rows.length === 0) {
            var empty = document.createElement('tr');
            empty.className = 'wall-empty';
            var td = cell(panel.dataset.empty, '');
            td.colSpan = 3;
            empty.appendChild(td);
            fragment.appendChild(empty);
        }
        body.replaceChildren(fragment);
        if (panel.dataset.hideEmpty) { panel.hidden = rows.length === 0; }
        panel.dataset.pushes = String(parseInt(panel.dataset.pushes || '0', 10) + 1);
    }

    function catchUp() {
        fetch(panel.dataset.url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
            .then(render)
            .catch(function () { /* the next push or fetch brings the list */ });
    }

    setInterval(catchUp, 30000);
    if (!window.signalR) { return; }
    var connection = new signalR.HubConnectionBuilder()
        .withUrl(panel.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function () { return 5000; } })
        .build();
    connection.on('incidents', render);
    connection.onreconnecting(function () { panel.dataset.live = '0'; });
    connection.onreconnected(function () { panel.dataset.live = '1'; catchUp(); });
    connection.onclose(function () { panel.dataset.live = '0'; setTimeout(start, 5000); });

    function start() {
        connection.start()
            .then(function () { panel.dataset.live = '1'; catchUp(); })
            .catch(function () { setTimeout(start, 5000); });
    }

    start();
})();
