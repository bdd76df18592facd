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
