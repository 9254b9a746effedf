/*
 * The preview's "Viewing as" switch (the preview only): choosing a demo user stores it in the pk-preview-user
 * cookie, which the server reads on every request, and reloads the page as that user.
 */
(function () {
    'use strict';
    document.addEventListener('change', function (event) {
        if (event.target && event.target.id === 'pk-preview-viewing-as') {
            document.cookie = 'pk-preview-user=' + encodeURIComponent(event.target.value) + '; path=/; SameSite=Lax';
            window.location.reload();
        }
    });
}());
