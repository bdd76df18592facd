// The intake form's draft: what the agent has typed is kept in this browser (per signed-in user) as it is typed,
// restored when the agent comes back to a blank form, and dropped once the call is saved. Leaving a form with
// typed text (a name, address, request or answer) asks first. Nothing is sent anywhere: the draft never leaves the agent's machine.
(function () {
    'use strict';
    var form = document.getElementById('intake-form');
    if (!form || !form.dataset.draftKey || !window.localStorage) { return; }
    var key = form.dataset.draftKey;
    var banner = document.getElementById('draft-banner');
    var skip = { 'Input.SubmissionId': true, '__RequestVerificationToken': true };

    function fields() {
        return Array.prototype.filter.call(form.elements, function (e) {
            return e.name && !skip[e.name] && e.type !== 'submit' && e.type !== 'button' && e.type !== 'hidden';
        });
    }

    function snapshot() {
        var values = {};
        fields().forEach(function (e) {
            if (e.type === 'radio') {
                if (e.checked) { values[e.name] = e.value; }
            } else if (e.type === 'checkbox') {
                values[e.name] = e.checked ? 'true' : '';
            } else {
                values[e.name] = e.value;
            }
        });
        return values;
    }

    function apply(values) {
        fields().forEach(function (e) {
            if (!Object.prototype.hasOwnProperty.call(values, e.name)) { return; }
            if (e.type === 'radio') {
                e.checked = e.value === values[e.name];
            } else if (e.type === 'checkbox') {
                e.checked = values[e.name] === 'true';
            } else {
                e.value = values[e.name];
            }
        });
        // Let the page's own listeners catch up (the suggested unit, the address mark).
        fields().forEach(function (e) { if (e.tagName === 'SELECT') { e.dispatchEvent(new Event('change', { bubbles: true })); } });
    }

    function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

    // A draft names the form it was typed in (its submission id). One from the form this browser saved last is done with,
    // however late the saved page's removal of it reaches this page's copy of the storage.
    var submission = form.elements['Input.SubmissionId'];
    function read() {
        var draft;
        try { draft = JSON.parse(localStorage.getItem(key) || 'null'); } catch (err) { return null; }
        if (draft && form.dataset.savedSubmission && draft['#submission'] === form.dataset.savedSubmission) {
            localStorage.removeItem(key);
            return null;
        }
        if (draft) { delete draft['#submission']; }
        return draft;
    }

    function store(values) {
        values['#submission'] = submission ? submission.value : '';
        localStorage.setItem(key, JSON.stringify(values));
    }

    var rendered = snapshot();
    // The fields only an agent's typing fills: losing them is losing the call.
    var handTyped = ['Input.CallerName', 'Input.Address', 'Input.Content', 'Input.AnswerNote'];
    var typedByHand = handTyped.some(function (name) { return rendered[name]; });
    var redisplayed = !!form.querySelector('.field-validation-error, .validation-summary-errors');

    // The page after a save needs no rule of its own: read() drops the saved form's draft.
    if (!typedByHand && !redisplayed) {
        var draft = read();
        if (draft && !same(draft, rendered) && (!rendered['Input.CallerPhone'] || rendered['Input.CallerPhone'] === draft['Input.CallerPhone'])) {
            apply(draft);
            if (banner) { banner.hidden = false; }
        }
    }

    var leaving = false;
    function dirty() { return !same(snapshot(), rendered); }
    function save() {
        if (dirty()) { store(snapshot()); } else { localStorage.removeItem(key); }
    }
    if (redisplayed) { save(); }
    form.addEventListener('input', save);
    form.addEventListener('change', save);

    var discard = document.getElementById('draft-discard');
    if (discard) {
        discard.addEventListener('click', function () {
            localStorage.removeItem(key);
            leaving = true;
            window.location.assign(window.location.pathname);
        });
    }

    // Leaving with typed text asks first (the draft is kept either way); submitting does not.
    window.addEventListener('beforeunload', function (e) {
        if (leaving || form.dataset.submitting === '1' || !dirty()) { return; }
        save();
        var now = snapshot();
        if (!handTyped.some(function (name) { return now[name] !== rendered[name]; })) { return; }
        e.preventDefault();
        e.returnValue = '';
    });
})();
