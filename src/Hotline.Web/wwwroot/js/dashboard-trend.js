// The dashboard's 30-day trend chart (Chart.js, vendored under /lib). The series come from the page's JSON block;
// the labels from data attributes, so every word is the page's own translation. The table beside it holds the figures.
(function () {
    'use strict';
    var canvas = document.getElementById('trend-chart');
    var source = document.getElementById('trend-data');
    if (!canvas || !source || typeof Chart === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var text = canvas.dataset;
    new Chart(canvas, {
        data: {
            labels: data.labels,
            datasets: [
                { type: 'bar', label: text.labelCalls, data: data.calls, backgroundColor: 'rgba(108,117,125,.45)', yAxisID: 'count', order: 3 },
                { type: 'bar', label: text.labelTickets, data: data.tickets, backgroundColor: 'rgba(183,28,28,.7)', yAxisID: 'count', order: 2 },
                { type: 'line', label: text.labelOnTime, data: data.onTime, borderColor: '#0d6efd', backgroundColor: '#0d6efd', yAxisID: 'percent', spanGaps: true, pointRadius: 2, order: 1 },
                { type: 'line', label: text.labelSatisfaction, data: data.satisfaction, borderColor: '#198754', backgroundColor: '#198754', yAxisID: 'percent', spanGaps: true, pointRadius: 2, order: 0 }
            ]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            interaction: { mode: 'index', intersect: false },
            // Lines are drawn over the bars (order), but the legend keeps the series in reading order.
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 }, sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } } } },
            scales: {
                x: { ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true, maxTicksLimit: 15 } },
                count: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0, font: { size: 10 } } },
                percent: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, ticks: { font: { size: 10 } } }
            }
        }
    });
    canvas.dataset.rendered = 'true';
})();
