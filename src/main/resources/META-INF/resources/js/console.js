// Accredit console: the only script. Pages work without it; with it, a form opened before another
// console page was shown still sends the CSRF token that page set (the cookie holds the latest one),
// and buttons marked data-confirm ask before they post.
(function () {
    'use strict';
    function currentToken() {
        var match = document.cookie.match(/(?:^|;\s*)console-csrf=([^;]+)/);
        return match ? decodeURIComponent(match[1]) : null;
    }
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'post') {
            return;
        }
        var submitter = event.submitter;
        if (submitter && submitter.dataset.confirm && !window.confirm(submitter.dataset.confirm)) {
            event.preventDefault();
            return;
        }
        var field = form.querySelector('input[name="csrf-token"]');
        var token = currentToken();
        if (field && token) {
            field.value = token;
        }
    });
    // "select all" checkboxes of bulk forms: <input type="checkbox" data-select-all="name">
    document.addEventListener('change', function (event) {
        var box = event.target;
        if (box instanceof HTMLInputElement && box.dataset.selectAll) {
            document.querySelectorAll('input[type="checkbox"][name="' + box.dataset.selectAll + '"]').forEach(function (b) {
                b.checked = box.checked;
            });
        }
    });
}());
