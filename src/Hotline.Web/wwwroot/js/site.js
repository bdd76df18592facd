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
