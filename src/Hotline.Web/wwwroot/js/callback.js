// The callback form shows only what applies to the answers given so far. Parts that do not apply are hidden and their
// fields disabled, so they are not posted (the server ignores them anyway, and validates whatever is posted).
(function () {
    var form = document.getElementById('callback-form');
    if (!form) {
        return;
    }

    function checkedValue(name) {
        var input = form.querySelector('input[name="' + name + '"]:checked');
        return input ? input.value : null;
    }

    function show(selector, visible) {
        form.querySelectorAll(selector).forEach(function (part) {
            part.hidden = !visible;
            part.querySelectorAll('input, select, textarea').forEach(function (field) {
                // A field inside a part hidden by an outer condition stays disabled.
                field.disabled = !visible || !!field.closest('[hidden]');
            });
        });
    }

    function update() {
        var reached = checkedValue('Input.Reached') === 'true';
        var dissatisfied = reached && checkedValue('Input.Satisfaction') === 'Dissatisfied';
        var reopen = dissatisfied && form.querySelector('#Input_Reopen').checked;
        show('[data-when-reached]', reached);
        show('[data-when-dissatisfied]', dissatisfied);
        show('[data-when-reopen]', reopen);
        show('[data-when-no-reopen]', dissatisfied && !reopen);
    }

    form.addEventListener('change', update);
    update();
})();
