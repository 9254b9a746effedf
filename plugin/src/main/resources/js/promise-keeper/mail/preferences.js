/**
 * promise-keeper/mail/preferences: saves the mail preferences form (PUT /preferences, the signed-in user's own)
 * and says in the status line whether it worked; messages are set as text, never as markup.
 */
define('promise-keeper/mail/preferences', ['jquery', 'promise-keeper/rest'], function ($, rest) {
    'use strict';

    function start() {
        var $form = $('#pk-mail-preferences-form');
        var $status = $form.find('.pk-mail-preferences-status');
        $form.on('submit', function (event) {
            event.preventDefault();
            $status.text(AJS.I18n.getText('promise-keeper.preferences.saving'));
            rest.send('PUT', '/preferences', null, {
                immediate: $('#pk-pref-immediate').is(':checked'),
                digest: $('#pk-pref-digest').is(':checked'),
                format: $('#pk-pref-format').val()
            }).done(function () {
                $status.text(AJS.I18n.getText('promise-keeper.preferences.saved'));
            }).fail(function (xhr) {
                $status.text(rest.errorMessage(xhr));
            });
        });
    }

    return { start: start };
});

require(['jquery', 'promise-keeper/mail/preferences'], function ($, preferences) {
    'use strict';
    $(function () {
        if ($('#pk-mail-preferences-form').length) {
            preferences.start();
        }
    });
});
