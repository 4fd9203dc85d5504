// Intake review: a task (or citation) link highlights its lines in the source column and scrolls them into view.
// The anchor (#L12) works without script through :target; this adds the whole range lineFrom..lineTo.
document.addEventListener('DOMContentLoaded', () => {
  const source = document.getElementById('source');
  if (!source) {
    return;
  }
  const highlight = (from, to) => {
    source.querySelectorAll('li.hl').forEach((li) => li.classList.remove('hl'));
    for (let n = from; n <= to; n++) {
      const line = document.getElementById('L' + n);
      if (line) {
        line.classList.add('hl');
      }
    }
    const first = document.getElementById('L' + from);
    if (first) {
      first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  };
  document.body.addEventListener('click', (event) => {
    const link = event.target.closest('a.source-link[data-from]');
    if (!link) {
      return;
    }
    event.preventDefault();
    const from = parseInt(link.dataset.from, 10);
    const to = parseInt(link.dataset.to || link.dataset.from, 10);
    history.replaceState(null, '', '#L' + from);
    highlight(from, Math.max(from, to));
  });
});
