// 批量回访: one outcome per caller, quickly. "All reached, satisfied, solved" (or "all not reached") fills only the lines
// still blank, so the exceptions the agent already chose stay; the agent then saves the whole list once. A second click
// on save while the first is on its way sends nothing more.
(function () {
    'use strict';
    var form = document.getElementById('incident-callbacks');
    if (!form) { return; }

    function blankRows() {
        return Array.prototype.filter.call(form.querySelectorAll('tr[data-done="0"]'), function (row) {
            return row.querySelector('[data-field="reached"]').value === '';
        });
    }

    function fill(reached, satisfaction, solved) {
        blankRows().forEach(function (row) {
            row.querySelector('[data-field="reached"]').value = reached;
            row.querySelector('[data-field="satisfaction"]').value = satisfaction;
            row.querySelector('[data-field="solved"]').value = solved;
        });
    }

    var satisfied = document.getElementById('fill-satisfied');
    var unreached = document.getElementById('fill-unreached');
    if (satisfied) { satisfied.addEventListener('click', function () { fill('true', 'Satisfied', 'true'); }); }
    if (unreached) { unreached.addEventListener('click', function () { fill('false', '', ''); }); }

    var sent = false;
    form.addEventListener('submit', function (e) {
        if (sent) { e.preventDefault(); return; }
        sent = true;
    });
})();
