// The intake screen: caller history as the number is typed, the category filter and suggested unit,
// knowledge-base search, and keyboard shortcuts. Everything also works without it, only slower.
(function () {
    'use strict';
    var form = document.getElementById('intake-form');
    if (!form) { return; }

    function debounce(fn, ms) {
        var timer;
        return function () {
            var args = arguments;
            clearTimeout(timer);
            timer = setTimeout(function () { fn.apply(null, args); }, ms);
        };
    }

    function load(url, target) {
        return fetch(url, { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
            .then(function (html) { target.innerHTML = html; })
            .catch(function () { /* keep what is shown; the next keystroke tries again */ });
    }

    // Caller history: as soon as the number looks complete.
    var phone = document.getElementById('Input_CallerPhone');
    var history = document.getElementById('history-panel');
    var lastPhone = null;
    var lookUp = debounce(function () {
        var value = phone.value.replace(/[\s\-()]/g, '');
        if (value === lastPhone || value.length < 7) { return; }
        lastPhone = value;
        load(phone.dataset.historyUrl + '&phone=' + encodeURIComponent(value), history);
    }, 250);
    phone.addEventListener('input', lookUp);

    // Category picker: filter the list by any word of either language; Enter picks the first match.
    var search = document.getElementById('category-search');
    var select = document.getElementById('Input_CategoryId');
    var area = document.getElementById('Input_AreaUnitId');
    var suggested = document.querySelector('[data-testid="suggested-unit"]');
    var suggestedBox = document.getElementById('suggested-unit');

    function visibleOptions() {
        return Array.prototype.filter.call(select.options, function (o) { return !o.hidden; });
    }

    function filter() {
        var words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
        Array.prototype.forEach.call(select.options, function (o) {
            o.hidden = !words.every(function (w) { return o.dataset.search.indexOf(w) >= 0; });
        });
        Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (g) {
            g.hidden = !Array.prototype.some.call(g.children, function (o) { return !o.hidden; });
        });
        var first = visibleOptions()[0];
        // A category chosen by typing is a change like any other: listeners (the incident offer) hear it, once per new value.
        if (first && words.length && select.value !== first.value) {
            select.value = first.value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
        }
        if (first && words.length) { showSuggestion(); }
    }

    function showSuggestion() {
        var option = select.selectedOptions[0];
        if (!option) { suggested.textContent = '—'; return; }
        if (option.dataset.local === '1' && area.value) {
            suggested.textContent = area.selectedOptions[0].textContent.trim();
        } else if (option.dataset.local === '1') {
            suggested.textContent = (option.dataset.unit || '—') + ' · ' + suggestedBox.dataset.localLabel;
        } else {
            suggested.textContent = option.dataset.unit || '—';
        }
    }

    search.addEventListener('input', filter);
    search.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); filter(); select.focus(); }
        if (e.key === 'ArrowDown') { e.preventDefault(); select.focus(); }
    });
    select.addEventListener('change', showSuggestion);
    area.addEventListener('change', showSuggestion);
    showSuggestion();

    // Knowledge base.
    var kb = document.getElementById('kb-search');
    var results = document.getElementById('kb-results');
    var findArticles = debounce(function () {
        if (!kb.value.trim()) { return; }
        load(kb.dataset.url + '&q=' + encodeURIComponent(kb.value.trim()), results);
    }, 250);
    kb.addEventListener('input', findArticles);
    kb.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') {
            e.preventDefault();
            findArticles();
            var first = results.querySelector('input[type=radio]');
            if (first) { first.focus(); }
        }
    });

    // Reports (举报) are confidential by default.
    var type = document.getElementById('Input_RequestType');
    var confidential = document.getElementById('Input_IsConfidential');
    type.addEventListener('change', function () { if (type.value === 'Report') { confidential.checked = true; } });

    // The address is required unless the call is a consultation: its mark follows the request type (site.js).

    // The action bar sticks to the bottom of the window; on a 1366×768 screen it would cover the lower fields
    // (the request text above all) as the agent tabs into them. Bring a field it covers into view above it.
    var actions = form.querySelector('.sticky-actions');
    form.addEventListener('focusin', function (e) {
        var field = e.target;
        if (!actions || actions.contains(field)) { return; }
        if (field.getBoundingClientRect().bottom > actions.getBoundingClientRect().top) {
            field.scrollIntoView({ block: 'nearest' });
        }
    });

    // Ctrl+Enter registers, Ctrl+Shift+Enter registers and dispatches, from anywhere in the form.
    // A plain Enter on a checkbox or radio would still submit with the first enabled button in Chromium (the disabled
    // guard button only stops text fields), so it is stopped here.
    form.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter') { return; }
        if (e.ctrlKey || e.metaKey) {
            e.preventDefault();
            form.querySelector(e.shiftKey ? '[data-testid="register-dispatch"]' : '[data-testid="register"]').click();
        } else if (e.target.type === 'checkbox' || e.target.type === 'radio') {
            e.preventDefault();
        }
    });
})();
