// Keyboard shortcuts of the review pages. The pages work without this script: every action is a form.
// Queue: j / k (or arrow keys) move between items, a approves the current one, r moves to its reason field to
// reject it, n opens the next page. Item page: a approves (with the edits in the form), r moves to the reason.
(function () {
  'use strict';

  function typing(event) {
    var target = event.target;
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName) && target.type !== 'checkbox';
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('tr.queue-item'));
  }

  function currentRow() {
    var active = document.activeElement;
    return active && active.closest ? active.closest('tr.queue-item') : null;
  }

  function focusRow(row) {
    var link = row && row.querySelector('a.item-link');
    if (link) {
      link.focus();
      row.scrollIntoView({block: 'nearest'});
    }
  }

  function move(step) {
    var all = rows();
    if (!all.length) {
      return;
    }
    var index = all.indexOf(currentRow());
    var next = index < 0 ? 0 : Math.max(0, Math.min(all.length - 1, index + step));
    focusRow(all[next]);
  }

  function submit(form) {
    if (form) {
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      return;
    }
    var row = currentRow();
    var onItemPage = document.getElementById('approve-form');
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        if (rows().length) { move(1); event.preventDefault(); }
        break;
      case 'k':
      case 'ArrowUp':
        if (rows().length) { move(-1); event.preventDefault(); }
        break;
      case 'a':
        if (row) {
          submit(row.querySelector('form.approve'));
          event.preventDefault();
        } else if (onItemPage) {
          submit(onItemPage);
          event.preventDefault();
        }
        break;
      case 'r':
        var reason = row ? row.querySelector('form.reject input[name=reason]') : document.getElementById('r-reason');
        if (reason) { reason.focus(); event.preventDefault(); }
        break;
      case 'n':
        var next = document.getElementById('next-page');
        if (next) { next.click(); event.preventDefault(); }
        break;
    }
  });
})();
