// The wall's telephone row is pushed, not polled (docs/decisions/0025): the server sends it over the live hub when the
// platform's events change it (at most once a second). Between pushes the longest wait counts up here, second by
// second, while calls are waiting. On (re)connecting the row is fetched once, to catch up on what was missed.
(function () {
    'use strict';
    var row = document.getElementById('wall-phone');
    if (!row || !window.signalR) { return; }
    var longest = row.querySelector('[data-phone="longestWait"]');
    var base = { waiting: parseInt(row.dataset.waiting || '0', 10), seconds: parseInt(row.dataset.longestSeconds || '0', 10), at: Date.now() };

    function duration(seconds) {
        var h = Math.floor(seconds / 3600);
        var m = Math.floor((seconds % 3600) / 60);
        var s = seconds % 60;
        var two = function (n) { return (n < 10 ? '0' : '') + n; };
        return h > 0 ? h + ':' + two(m) + ':' + two(s) : m + ':' + two(s);
    }

    function tick() {
        if (base.waiting > 0) {
            longest.textContent = duration(base.seconds + Math.floor((Date.now() - base.at) / 1000));
        }
    }

    function render(data) {
        ['waiting', 'longestWait', 'agentsReady', 'agentsOnCall'].forEach(function (name) {
            row.querySelector('[data-phone="' + name + '"]').textContent = data[name];
        });
        row.querySelector('[data-phone="answeredWithinTarget"]').textContent = data.answeredWithinTarget.text;
        row.querySelector('[data-phone="connect"]').textContent = data.connect.text;
        base = { waiting: data.waitingCount, seconds: data.longestWaitSeconds, at: Date.now() };
        row.dataset.pushes = String(parseInt(row.dataset.pushes || '0', 10) + 1);
    }

    function catchUp() {
        fetch(row.dataset.url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
            .then(render)
            .catch(function () { /* the next push brings the figures */ });
    }

    var connection = new signalR.HubConnectionBuilder()
        .withUrl(row.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function () { return 5000; } })
        .build();
    connection.on('phoneWall', render);
    connection.onreconnecting(function () { row.dataset.live = '0'; });
    connection.onreconnected(function () { row.dataset.live = '1'; catchUp(); });
    connection.onclose(function () { row.dataset.live = '0'; setTimeout(start, 5000); });

    function start() {
        connection.start()
            .then(function () { row.dataset.live = '1'; catchUp(); })
            .catch(function () { setTimeout(start, 5000); });
    }

    setInterval(tick, 1000);
    start();
})();
