// The agent's own state (docs/decisions/0030): the toolbar posts without leaving the page, so what the agent has typed
// in the intake form stays where it is; the answer is the toolbar itself, drawn again with the new state (or the
// refusal). Without script, the form posts and the page comes back.
(function () {
    'use strict';
    var busy = false;
    document.addEventListener('submit', function (e) {
        var form = e.target;
        if (!(form instanceof HTMLFormElement) || form.id !== 'agent-toolbar') { return; }
        e.preventDefault();
        if (busy) { return; }
        busy = true;
        var data = new FormData(form, e.submitter);
        fetch(form.action, { method: 'POST', body: data, headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' })
            .then(function (r) {
                var type = r.headers.get('Content-Type') || '';
                if (type.indexOf('text/html') !== 0 || r.redirected) { throw new Error(String(r.status)); }
                return r.text();
            })
            .then(function (html) {
                var box = document.getElementById('agent-toolbar-box');
                if (box) { box.outerHTML = html; }
            })
            .catch(function () {
                // Signed out, or the server did not answer with the toolbar: post the ordinary way (submit() sends no button).
                if (e.submitter && e.submitter.name) {
                    var chosen = document.createElement('input');
                    chosen.type = 'hidden';
                    chosen.name = e.submitter.name;
                    chosen.value = e.submitter.value;
                    form.appendChild(chosen);
                }
                form.submit();
            })
            .then(function () { busy = false; });
    });
}());
