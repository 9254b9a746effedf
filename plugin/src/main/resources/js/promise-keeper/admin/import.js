/**
 * promise-keeper/admin/import: the import screen — a CSV pasted or uploaded, checked first (a dry run showing
 * every change and every error with its line), then applied on request.
 */
define('promise-keeper/admin/import',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'], function ($, rest, dom, forms) {
    'use strict';

    var FORMATS = ['auto', 'salesforce', 'hubspot', 'generic'];

    /** What an import did or would do: the counts, each error with its line and column, each change. */
    function report(answer) {
        var $report = dom.element('div').addClass('pk-admin-import-report').append(dom.text('p', AJS.I18n.getText(
            'promise-keeper.admin.import.summary', answer.format, answer.created, answer.updated, answer.unchanged))
            .addClass('pk-admin-import-summary'));
        if (answer.errors.length) {
            var $errors = dom.element('tbody');
            answer.errors.forEach(function (error) {
                $errors.append(dom.element('tr').append(dom.text('td', error.line), dom.text('td', error.column), dom.text('td', error.message)));
            });
            $report.append(dom.text('p', AJS.I18n.getText('promise-keeper.admin.import.errors', answer.errors.length)),
                dom.element('table').addClass('aui pk-admin-import-errors').append(dom.element('thead').append(dom.element('tr').append(
                    dom.text('th', AJS.I18n.getText('promise-keeper.admin.import.line')),
                    dom.text('th', AJS.I18n.getText('promise-keeper.admin.import.column')),
                    dom.text('th', AJS.I18n.getText('promise-keeper.admin.import.message')))), $errors));
        }
        var $changes = dom.element('ul').addClass('pk-admin-import-changes');
        answer.changes.filter(function (change) { return change.action !== 'unchanged'; }).forEach(function (change) {
            $changes.append(dom.text('li', change.action + ': ' + change.key + ' (' + change.name + ')'));
        });
        return $report.append($changes);
    }

    /** Fills {@code $content} with the screen; {@code reloadCustomers} is called once an import is applied. */
    function render($content, $status, reloadCustomers) {
        var $file = dom.element('input').attr({ type: 'file', accept: '.csv,text/csv', name: 'file' });
        var $paste = dom.element('textarea').addClass('textarea pk-admin-import-paste').attr({ name: 'csv', rows: '6', cols: '80' });
        var $format = dom.select('format', FORMATS, FORMATS[0]).addClass('select');
        var $dateFormat = dom.element('input').addClass('text').attr({ name: 'dateFormat', placeholder: 'dd/MM/yyyy' });
        var $result = dom.element('div').addClass('pk-admin-import-result');
        var csv = null;

        function run(dryRun) {
            var params = { format: $format.val(), dryRun: dryRun };
            if ($dateFormat.val()) {
                params.dateFormat = $dateFormat.val();
            }
            rest.send('POST', '/import', params, csv, 'text/csv').done(function (answer) {
                $result.empty().append(report(answer));
                if (dryRun && !answer.errors.length && (answer.created || answer.updated)) {
                    $result.append(dom.button(AJS.I18n.getText('promise-keeper.admin.import.apply'), function () { run(false); }, true)
                        .addClass('pk-admin-import-apply'));
                }
                if (answer.applied) {
                    $status.text(AJS.I18n.getText('promise-keeper.admin.import.applied'));
                    reloadCustomers();
                }
            }).fail(function (xhr) {
                $result.empty().append(dom.text('p', rest.errorMessage(xhr)).addClass('error'));
                forms.showError($status, xhr);
            });
        }

        function check() {
            var file = $file[0].files[0];
            if (file) {
                var reader = new FileReader();
                reader.onload = function () { csv = reader.result; run(true); };
                reader.readAsText(file, 'UTF-8');
            } else if ($paste.val().trim()) {
                csv = $paste.val();
                run(true);
            } else {
                $result.empty().append(dom.text('p', AJS.I18n.getText('promise-keeper.admin.import.nothing')).addClass('error'));
            }
        }

        $content.empty().append(
            dom.element('form').addClass('aui pk-admin-import-form').append(
                dom.fieldGroup('pk-admin-import-paste', AJS.I18n.getText('promise-keeper.admin.import.paste'), $paste),
                dom.fieldGroup('pk-admin-import-file', AJS.I18n.getText('promise-keeper.admin.import.file'), $file),
                dom.fieldGroup('pk-admin-import-format', AJS.I18n.getText('promise-keeper.admin.import.format'), $format),
                dom.fieldGroup('pk-admin-import-date-format', AJS.I18n.getText('promise-keeper.admin.import.dateFormat'), $dateFormat),
                dom.button(AJS.I18n.getText('promise-keeper.admin.import.check'), check, true).addClass('pk-admin-import-check')),
            $result);
    }

    return { render: render };
});
