// 突发事件 on the intake screen (docs/decisions/0032): the offer of running incidents is asked again whenever the category
// or the area changes, so a matching incident is offered first; the server decides the match (one rule, IncidentMatch).
(function () {
    'use strict';
    var panel = document.getElementById('incident-offer-panel');
    var category = document.getElementById('Input_CategoryId');
    var area = document.getElementById('Input_AreaUnitId');
    if (!panel || !category || !area) { return; }
    var asked = 0;

    function refresh() {
        var ask = ++asked;
        var query = new URLSearchParams();
        if (category.value) { query.set('categoryId', category.value); }
        if (area.value) { query.set('areaUnitId', area.value); }
        var url = panel.dataset.url + (panel.dataset.url.indexOf('?') < 0 ? '?' : '&') + query.toString();
        fetch(url, { credentials: 'same-origin', cache: 'no-store' })
            .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.text(); })
            .then(function (html) {
                // Only the latest answer counts: a slow earlier one never overwrites it.
                if (ask === asked) { panel.innerHTML = html; }
            })
            .catch(function () { /* the offer shown stays; attaching checks the match again */ });
    }

    category.addEventListener('change', refresh);
    area.addEventListener('change', refresh);
})();
