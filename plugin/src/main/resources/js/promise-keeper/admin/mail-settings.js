/**
 * promise-keeper/admin/mail-settings: the mail part of the settings screen — digest day and hour, the defaults for
 * users who chose nothing, the groups of each customer tier — saved with PUT /mail-settings (recorded in the
 * settings history like the others), and a warning while Jira has no outgoing mail server.
 */
define('promise-keeper/admin/mail-settings',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'],
    function ($, rest, dom, forms) {
    'use strict';

    /** "gold=gold-team, key-accounts" per line → {"gold":["gold-team","key-accounts"]}. */
    function tiers(text) {
        var mapping = {};
        String(text || '').split('\n').forEach(function (line) {
            var parts = line.split('=');
            if (parts[0].trim()) {
                mapping[parts[0].trim()] = forms.list(parts.slice(1).join('='));
            }
        });
        return mapping;
    }

    function tiersText(mapping) {
        return Object.keys(mapping || {}).map(function (tier) { return tier + '=' + mapping[tier].join(', '); }).join('\n');
    }

    function checkbox(label, name, checked) {
        var id = 'pk-admin-' + name;
        return dom.element('div').addClass('checkbox').append(
            dom.element('input').addClass('checkbox').attr({ type: 'checkbox', id: id, name: name }).prop('checked', !!checked),
            dom.text('label', label).attr('for', id));
    }

    /** Fills {@code $content} with the mail settings form once they are read. */
    function render($content, $status) {
        rest.latestOnly()('/mail-settings').done(function (current) {
            var $tiers = dom.element('textarea').addClass('textarea').attr({ name: 'tierGroups', rows: 3 }).val(tiersText(current.tierGroups));
            var $form = dom.element('form').addClass('aui pk-admin-mail-settings-form').append(
                dom.text('h3', AJS.I18n.getText('promise-keeper.admin.mail.heading')),
                current.mailServerConfigured ? $() : dom.text('p', AJS.I18n.getText('promise-keeper.admin.mail.no-server'))
                    .addClass('aui-message aui-message-warning pk-admin-mail-no-server'),
                dom.element('div').addClass('pk-admin-form-errors').attr('role', 'alert'),
                forms.field(AJS.I18n.getText('promise-keeper.admin.mail.day'), 'digestDay', current.digestDay),
                forms.field(AJS.I18n.getText('promise-keeper.admin.mail.hour'), 'digestHour', current.digestHour, 'number'),
                checkbox(AJS.I18n.getText('promise-keeper.admin.mail.immediate'), 'immediateByDefault', current.immediateByDefault),
                checkbox(AJS.I18n.getText('promise-keeper.admin.mail.digest'), 'digestByDefault', current.digestByDefault),
                dom.fieldGroup('pk-admin-tierGroups', AJS.I18n.getText('promise-keeper.admin.mail.tiers'), $tiers.attr('id', 'pk-admin-tierGroups')));

            function save() {
                forms.clearFieldErrors($form);
                rest.send('PUT', '/mail-settings', null, {
                    digestDay: $form.find('[name=digestDay]').val(),
                    digestHour: parseInt($form.find('[name=digestHour]').val(), 10),
                    immediateByDefault: $form.find('[name=immediateByDefault]').is(':checked'),
                    digestByDefault: $form.find('[name=digestByDefault]').is(':checked'),
                    tierGroups: tiers($tiers.val())
                }, null, forms.FROM_ADMIN_PAGE).done(function () {
                    $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                }).fail(function (xhr) { forms.showFieldErrors($form, xhr, $status); });
            }

            $form.append(dom.button(AJS.I18n.getText('promise-keeper.admin.save'), save, true).addClass('pk-admin-mail-settings-save'));
            $content.empty().append($form);
        }).fail(function (xhr) { forms.showError($status, xhr); });
    }

    return { render: render };
});
