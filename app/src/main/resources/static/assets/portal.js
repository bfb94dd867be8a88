/* The search page's only script. Everything it does is a convenience on top of a page that works without it:
   focus on the results after a search, title completions as one types, a button that copies the search's link. */
(function () {
  'use strict';
  var heading = document.getElementById('results-heading');
  // after a search (words in the address) a keyboard or screen reader user starts at the results, not the top
  if (heading && /[?&]q=[^&]/.test(location.search) && !location.hash) {
    heading.focus();
  }

  var box = document.getElementById('q');
  var list = box && document.getElementById(box.getAttribute('data-list'));
  if (box && list && window.fetch) {
    var timer, asked = '';
    // the titles replace the browser's own memory of searches only where they can come
    box.setAttribute('list', list.id);
    box.setAttribute('autocomplete', 'off');
    box.addEventListener('input', function () {
      clearTimeout(timer);
      var typed = box.value.trim();
      if (typed.length < 3 || typed === asked) {
        return;
      }
      // asks once typing pauses, so a slow connection is not flooded with a request per key
      timer = setTimeout(function () {
        asked = typed;
        fetch(box.getAttribute('data-suggest') + '?size=6&q=' + encodeURIComponent(typed))
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (answer) {
            list.textContent = '';
            answer.suggestions.forEach(function (s) {
              var option = document.createElement('option');
              option.value = s.title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* completions are a courtesy */ });
      }, 250);
    });
  }

  var share = document.querySelector('a.share');
  if (share && navigator.clipboard) {
    var copy = document.createElement('button');
    copy.type = 'button';
    copy.className = 'copy';
    copy.textContent = share.getAttribute('data-copy');
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(share.href).then(function () {
        copy.textContent = share.getAttribute('data-copied');
      });
    });
    share.parentNode.insertBefore(copy, share.nextSibling);
    share.parentNode.insertBefore(document.createTextNode(' '), copy);
  }
})();
