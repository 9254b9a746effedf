/**
 * promise-keeper/admin/settings: the settings screen — the site's settings in one form, saved with PUT /settings
 * (its field errors shown at their fields), and the recent changes to them below it.
 */
define('promise-keeper/admin/settings',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms', 'promise-keeper/admin/changes'],
    function ($, rest, dom, forms, changes) {
    'use strict';

    /** Changes listed under the settings. */
    var HISTORY_SIZE = 10;

    function history($history) {
        rest.latestOnly()('/settings/history', { limit: HISTORY_SIZE }).done(function (answer) {
            var $list = dom.element('ul').addClass('pk-admin-settings-history-list');
            answer.changes.forEach(function (change) {
                $list.append(dom.text('li', AJS.I18n.getText('promise-keeper.admin.settings.history.entry',
                    change.at, change.author, changes.sourceLabel(change), change.description)));
            });
            $history.empty().append(dom.text('h3', AJS.I18n.getText('promise-keeper.admin.settings.history')),
                answer.changes.length ? $list : dom.text('p', AJS.I18n.getText('promise-keeper.admin.settings.history.none')));
        }).fail(function (xhr) { $history.empty().append(dom.text('p', rest.errorMessage(xhr))); });
    }

    /**
     * Fills {@code $content} with the settings form once the current settings are read, and their history; answers
     * a function that reads the history again (for the screens whose changes it also lists).
     */
    function render($content, $status) {
        var $history = dom.element('div').addClass('pk-admin-settings-history');
        rest.latestOnly()('/settings').done(function (current) {
            var rates = Object.keys(current.rates || {}).map(function (code) { return code + '=' + current.rates[code]; }).join(', ');
            var $form = dom.element('form').addClass('aui pk-admin-settings-form').append(
                dom.element('div').addClass('pk-admin-form-errors').attr('role', 'alert'),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.days'), 'defaultDays', current.defaultDays, 'number'),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.basis'), 'basis', current.basis),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.currency'), 'reportingCurrency', current.reportingCurrency),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.rates'), 'rates', rates),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.epicJql'), 'jqlTemplate', current.epicChildren.jqlTemplate),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.epicField'), 'epicField', current.epicChildren.epicField),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.readers'), 'readerGroups', current.readerGroups.join(', ')),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.finance'), 'financeGroups', current.financeGroups.join(', ')),
                forms.field(AJS.I18n.getText('promise-keeper.admin.settings.editors'), 'editorGroups', current.editorGroups.join(', ')));

            function save() {
                var rateMap = {};
                forms.list($form.find('[name=rates]').val()).forEach(function (pair) {
                    var parts = pair.split('=');
                    rateMap[parts[0].trim()] = (parts[1] || '').trim();
                });
                forms.clearFieldErrors($form);
                var epicChildren = { jqlTemplate: $form.find('[name=jqlTemplate]').val(), epicField: $form.find('[name=epicField]').val() };
                var body = {
                    defaultDays: parseInt($form.find('[name=defaultDays]').val(), 10),
                    basis: $form.find('[name=basis]').val(),
                    reportingCurrency: $form.find('[name=reportingCurrency]').val(),
                    rates: rateMap,
                    readerGroups: forms.list($form.find('[name=readerGroups]').val()),
                    financeGroups: forms.list($form.find('[name=financeGroups]').val()),
                    editorGroups: forms.list($form.find('[name=editorGroups]').val())
                };
                // Sent only when changed: the server has Jira parse a new query, which an unchanged one needs not.
                if (epicChildren.jqlTemplate !== current.epicChildren.jqlTemplate || epicChildren.epicField !== current.epicChildren.epicField) {
                    body.epicChildren = epicChildren;
                }
                rest.send('PUT', '/settings', null, body, null, forms.FROM_ADMIN_PAGE).done(function (saved) {
                    current = saved;
                    $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                    history($history);
                }).fail(function (xhr) {
                    // The server names the epic children query "epicChildren"; its template is where to fix it.
                    var errors = (xhr.responseJSON && xhr.responseJSON.errors) || [];
                    errors.forEach(function (error) {
                        if (error.field === 'epicChildren') {
                            error.field = 'jqlTemplate';
                        }
                    });
                    forms.showFieldErrors($form, xhr, $status);
                });
            }

            $form.append(dom.button(AJS.I18n.getText('promise-keeper.admin.save'), save, true).addClass('pk-admin-settings-save'));
            $content.empty().append($form, $history);
            history($history);
        }).fail(function (xhr) { forms.showError($status, xhr); });
        return function () { history($history); };
    }

    return { render: render };
});
