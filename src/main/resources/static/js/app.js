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
  // Lists on a phone: every cell but the first says which column it is, so that the CSS can show a row as a card.
  const labelLists = (root) => root.querySelectorAll('.stack-on-phone').forEach((list) => {
    const table = list.querySelector('table');
    if (!table) {
      return;
    }
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim().replace(/\s+/g, ' '));
    table.querySelectorAll('tbody tr').forEach((row) => [...row.cells].forEach((cell, i) => {
      if (i > 0 && heads[i] && cell.colSpan === 1 && !cell.hasAttribute('data-label')) {
        cell.dataset.label = heads[i];
      }
    }));
    list.classList.add('labelled');
  });
  labelLists(document);
  document.body.addEventListener('htmx:afterSwap', (event) => labelLists(event.detail.target.parentNode || document));
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
  // Charts: <canvas data-chart="bar|doughnut" data-source="id of a JSON script with the Chart.js configuration">.
  // The server sets the axes (integer ticks, no skipped labels); here only what every chart shares.
  const canvases = document.querySelectorAll('canvas[data-chart]');
  if (canvases.length === 0 || typeof Chart === 'undefined') {
    return;
  }
  canvases.forEach((canvas) => {
    const config = JSON.parse(document.getElementById(canvas.dataset.source).textContent);
    config.options = Object.assign({
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } }
    }, config.options);
    if (config.options.indexAxis === 'y') {
      // Horizontal bars are spaced evenly: the box grows so that each has room for the longest wrapped label.
      const lines = Math.max(1, ...config.data.labels.map((label) => (Array.isArray(label) ? label.length : 1)));
      const height = Math.max(260, 90 + config.data.labels.length * (10 + 15 * lines));
      canvas.parentElement.style.height = height + 'px';
    }
    new Chart(canvas, config);
  });
});
// A POST form sent once: after the first submit of a valid form its submit buttons are disabled, so a double click
// sends it once (the server also answers a second send with the first one's result). Disabled on the next tick:
// a button disabled during the submit event would drop its own name=value from the form data. A page shown again
// from the back/forward cache gets its buttons back.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post'
      || ![null, '', '_self'].includes(form.getAttribute('target'))) {
    return;
  }
  setTimeout(() => {
    // form.elements also holds the buttons outside the form that name it (form="id").
    Array.from(form.elements).forEach((button) => {
      if (button.type === 'submit' && !button.disabled) {
        button.disabled = true;
        button.dataset.sent = 'true';
      }
    });
  }, 0);
});
window.addEventListener('pageshow', () => {
  document.querySelectorAll('[data-sent]').forEach((button) => {
    button.disabled = false;
    delete button.dataset.sent;
  });
});
