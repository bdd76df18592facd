// Reloads a region (e.g. the dispatch queue's rows) every N seconds without reloading the page.
// A failed request (network blip, server restart) keeps the rows shown and tries again next time.
(function () {
    'use strict';
    document.querySelectorAll('[data-refresh-url]').forEach(function (region) {
        var seconds = parseInt(region.dataset.refreshSeconds || '30', 10);
        setInterval(function () {
            if (document.hidden) { return; }
            fetch(region.dataset.refreshUrl, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } })
                .then(function (r) { if (!r.ok || r.redirected) { throw new Error(r.status); } return r.text(); })
                .then(function (html) { region.innerHTML = html; })
                .catch(function () { /* keep what is shown */ });
        }, seconds * 1000);
    });
})();
