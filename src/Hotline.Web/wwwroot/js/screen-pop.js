// Screen-pop (docs/decisions/0025): when the telephone platform says this agent answered a call, the server sends it to
// the agent's user group on the live hub, and this fills the intake form with the caller's number, the time the call
// was answered and the platform's call (saved with the call, so the ticket links to it), then shows the caller's
// history. Without a connection nothing happens: the agent types the call by hand, as when the platform is down.
(function () {
    'use strict';
    var form = document.getElementById('intake-form');
    if (!form || !window.signalR || !form.dataset.hub) { return; }
    var phoneCallId = document.getElementById('Input_PhoneCallId');
    var shownId = document.getElementById('platform-call-id');
    var clearBox = document.getElementById('phone-call-clear-box');
    var clear = document.getElementById('phone-call-clear');
    var phone = document.getElementById('Input_CallerPhone');
    var channel = document.getElementById('Input_Channel');
    var started = document.getElementById('Input_StartedAt');
    var history = document.getElementById('history-panel');
    var banner = document.getElementById('pop-banner');
    var bannerCall = document.getElementById('pop-banner-call');

    function showHistory(number) {
        fetch(phone.dataset.historyUrl + '&phone=' + encodeURIComponent(number), { headers: { 'X-Requested-With': 'fetch' }, credentials: 'same-origin' })
            .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
            .then(function (html) { history.innerHTML = html; })
            .catch(function () { /* the number is in the field: typing in it looks the history up again */ });
    }

    function fillNumber(number) {
        phone.value = number;
        // The draft keeps what is typed; the number counts as typed.
        phone.dispatchEvent(new Event('change', { bubbles: true }));
        showHistory(number);
    }

    function pop(call) {
        if (call.numberOnly) {
            // The answer came before the offer: the call popped already, and its number is known now.
            if (phoneCallId.value === String(call.phoneCallId) && !phone.value.trim() && call.caller) { fillNumber(call.caller); }
            return;
        }

        phoneCallId.value = String(call.phoneCallId);
        shownId.textContent = call.callId;
        clearBox.hidden = false;
        channel.value = 'Phone';
        started.value = call.answeredAt;
        bannerCall.textContent = call.callId;
        banner.hidden = false;
        if (call.caller) { fillNumber(call.caller); } else { phone.value = ''; }
        phone.focus();
    }

    // Logging by hand: the call is not the platform's.
    clear.addEventListener('click', function () {
        phoneCallId.value = '';
        shownId.textContent = '—';
        clearBox.hidden = true;
        banner.hidden = true;
    });

    var connection = new signalR.HubConnectionBuilder()
        .withUrl(form.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function () { return 5000; } })
        .build();
    connection.on('callAnswered', pop);

    function start() {
        connection.start()
            .then(function () { form.dataset.live = '1'; })
            .catch(function () { setTimeout(start, 5000); });
    }
    connection.onreconnected(function () { form.dataset.live = '1'; });
    connection.onreconnecting(function () { form.dataset.live = '0'; });
    start();
})();
