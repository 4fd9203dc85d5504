// TTĐN page behaviour. No inline scripts: the Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', () => {
  // htmx requests carry the CSRF token like forms do.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', (event) => {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Print buttons: <button data-print>.
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
  // File pickers (fragments/forms :: filePicker): the span beside the button names the chosen files.
  document.querySelectorAll('input.file-picker-input').forEach((input) => {
    const names = document.getElementById(input.id + '-chosen');
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files || []).map((f) => f.name);
      names.textContent = chosen.length > 0 ? chosen.join(', ') : names.dataset.none;
    });
  });
  // A printed page says when it was printed, in the province's zone: the time written when the page was rendered
  // may be older (the page cache serves a page again while nothing changed).
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('[data-print-time]').forEach((time) => {
      const parts = {};
      new Intl.DateTimeFormat('en-GB', { timeZone: time.dataset.zone, year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date()).forEach((p) => { parts[p.type] = p.value; });
      time.textContent = `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
    });
  });
  // A form that came back with errors: each field names its message (aria-invalid, aria-describedby) and the
  // first one has the focus, so a keyboard or screen-reader user lands where the correction is needed.
  const invalid = document.querySelectorAll('.is-invalid[id]');
  invalid.forEach((field) => {
    const message = document.getElementById(field.id + '-error');
    field.setAttribute('aria-invalid', 'true');
    if (message && !(field.getAttribute('aria-describedby') || '').includes(message.id)) {
      field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + message.id).trim());
    }
  });
  if (invalid.length > 0) {
    invalid[0].focus();
  } else {
    document.querySelector('form .alert-danger[role=alert]')?.focus();
  }
  // Charts: <canvas data-chart="bar|doughnut|line" data-source="id of a JSON script"></canvas>
  const canvases = document.querySelectorAll('canvas[data-chart]');
  if (canvases.length === 0 || typeof Chart === 'undefined') {
    return;
  }
  canvases.forEach((canvas) => {
    const source = document.getElementById(canvas.dataset.source);
    const data = JSON.parse(source.textContent);
    const horizontal = canvas.dataset.horizontal === 'true';
    new Chart(canvas, {
      type: canvas.dataset.chart,
      data: data,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { position: 'bottom' } },
        scales: canvas.dataset.chart === 'doughnut' ? {} : { x: { stacked: canvas.dataset.stacked === 'true' }, y: { stacked: canvas.dataset.stacked === 'true', beginAtZero: true } }
      }
    });
  });
});
