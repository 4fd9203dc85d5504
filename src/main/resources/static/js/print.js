// Print buttons: <button data-print>. A file of its own because the Content-Security-Policy forbids inline scripts.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.addEventListener('click', () => window.print());
  });
});
