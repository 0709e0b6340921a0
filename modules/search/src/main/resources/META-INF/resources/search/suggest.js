// Offers titles while the reader types in a search box: the box names, in data-suggest, the
// address that answers, and in its list attribute the datalist to fill.
(function () {
  'use strict';

  function fill(list, suggestions) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    suggestions.forEach(function (s) {
      var option = document.createElement('option');
      option.value = s.title;
      list.appendChild(option);
    });
  }

  function follow(box) {
    if (box.getAttribute('data-following')) {
      return;
    }
    box.setAttribute('data-following', 'yes');
    var list = document.getElementById(box.getAttribute('list'));
    var timer = null;
    var asked = '';
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = box.value.trim();
        if (q.length < 2 || q === asked) {
          return;
        }
        asked = q;
        fetch(box.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {
          headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
        }).then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (answer) { fill(list, answer.suggestions); })
          .catch(function () { /* no suggestions this time */ });
      }, 150);
    });
  }

  function start() {
    document.querySelectorAll('input[data-suggest]').forEach(follow);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
