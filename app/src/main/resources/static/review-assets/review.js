// Keyboard shortcuts of the review pages. The pages work without this script: every action is a form.
// Queue: j / k (or arrow keys) move between items, a approves the current one, r moves to its reason field to
// reject it, n opens the next page. Item page: a approves (with the edits in the form) after 10 seconds in which
// the librarian can cancel it (a single key press is easy to make by mistake, and publishing is public at once),
// r moves to the reason.
(function () {
  'use strict';

  var UNDO_SECONDS = 10;
  var pendingApproval = null;

  function approveAfterUndoDelay(form) {
    var region = document.getElementById('undo');
    if (!region || pendingApproval) {
      return;
    }
    var seconds = UNDO_SECONDS;
    var message = document.createElement('p');
    message.textContent = (form.getAttribute('data-undo-pending') || '').replace('%s', String(seconds));
    var cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.id = 'undo-cancel';
    cancel.textContent = form.getAttribute('data-undo-cancel') + ' (' + seconds + ')';
    region.replaceChildren(message, cancel);
    region.className = 'notice';
    cancel.focus();
    pendingApproval = window.setInterval(function () {
      seconds -= 1;
      if (seconds > 0) {
        // the count shows on the focused button only: a live region repeating it each second would drown a reader
        cancel.textContent = form.getAttribute('data-undo-cancel') + ' (' + seconds + ')';
        return;
      }
      window.clearInterval(pendingApproval);
      submit(form);
    }, 1000);
    cancel.addEventListener('click', function () {
      window.clearInterval(pendingApproval);
      pendingApproval = null;
      var done = document.createElement('p');
      done.textContent = form.getAttribute('data-undo-cancelled');
      region.replaceChildren(done);
      var approve = form.querySelector('button[type=submit]');
      if (approve) {
        approve.focus();
      }
    });
  }

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
    if (event.key === 'Escape' && pendingApproval) {
      var cancel = document.getElementById('undo-cancel');
      if (cancel) { cancel.click(); event.preventDefault(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) {
      return;
    }
    var row = currentRow();
    // only a revision that waits is approved by a key: on a decided one it would be a slip, not a decision
    var onItemPage = document.querySelector('#approve-form[data-waiting]');
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
          approveAfterUndoDelay(onItemPage);
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
