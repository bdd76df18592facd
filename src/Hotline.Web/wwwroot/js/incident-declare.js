// The incident declaration form (docs/decisions/0032): the master is an existing ticket's number or a new ticket
// registered with the declaration; only the chosen one's fields show. Without script both show and the radio decides.
(function () {
    'use strict';
    var existing = document.getElementById('master-existing-fields');
    var fresh = document.getElementById('master-new-fields');
    var choices = document.querySelectorAll('[data-master-choice]');
    if (!existing || !fresh || choices.length === 0) { return; }

    function show() {
        var isNew = document.getElementById('master-new').checked;
        existing.hidden = isNew;
        fresh.hidden = !isNew;
    }

    choices.forEach(function (choice) { choice.addEventListener('change', show); });
    show();
})();
