// A form submits once: a second click (or Enter) while the first post is on its way is ignored.
// The server is idempotent as well (the intake form carries a submission id); this spares the round trip.
document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.dataset.submitting === '1') {
        e.preventDefault();
        return;
    }
    form.dataset.submitting = '1';
    form.classList.add('is-submitting');
    // Re-enable if the page is restored from the back/forward cache.
    window.addEventListener('pageshow', function () { form.dataset.submitting = ''; form.classList.remove('is-submitting'); }, { once: true });
}, true);

// Alt+letter runs the element whose accesskey is that letter (a link or button is clicked, a field focused), the
// same in every browser: Chromium's own access keys depend on the platform and keyboard layout.
document.addEventListener('keydown', function (e) {
    if (!e.altKey || e.ctrlKey || e.metaKey || !/^Key[A-Z]$/.test(e.code)) { return; }
    var letter = e.code.slice(3).toLowerCase();
    var target = Array.prototype.find.call(document.querySelectorAll('[accesskey]'), function (el) {
        return el.getAttribute('accesskey').toLowerCase() === letter && el.offsetParent !== null;
    });
    if (!target) { return; }
    e.preventDefault();
    if (target.tagName === 'A' || target.tagName === 'BUTTON') {
        target.click();
    } else {
        target.focus();
        if (target.select) { target.select(); }
    }
});

// A field required only for some answers carries its mark in a wrapper that says when:
// data-required-when="Input.Satisfaction=Dissatisfied" or data-required-unless="Input.RequestType=Consultation".
// The mark shows while the condition holds and follows every change of the form (the server's validator decides).
(function () {
    var selector = '[data-required-when], [data-required-unless]';

    // name=value holds when a field of that name has that value: a chosen option, a checked box or radio, a typed value.
    function holds(form, condition) {
        var at = condition.indexOf('=');
        var name = condition.slice(0, at);
        var value = condition.slice(at + 1);
        return Array.prototype.some.call(form.elements, function (field) {
            if (field.name !== name || field.value !== value) { return false; }
            return field.type === 'checkbox' || field.type === 'radio' ? field.checked : true;
        });
    }

    function update(form) {
        Array.prototype.forEach.call(form.querySelectorAll(selector), function (mark) {
            mark.hidden = mark.dataset.requiredWhen !== undefined
                ? !holds(form, mark.dataset.requiredWhen)
                : holds(form, mark.dataset.requiredUnless);
        });
    }

    function updateAll() {
        Array.prototype.forEach.call(document.forms, function (form) {
            if (form.querySelector(selector)) { update(form); }
        });
    }

    document.addEventListener('change', function (e) {
        if (e.target.form && e.target.form.querySelector(selector)) { update(e.target.form); }
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', updateAll);
    } else {
        updateAll();
    }
})();
