/**
 * promise-keeper/admin/backfill: the customer backfill screen — start the job that fills the Customer field of
 * existing issues, and see its progress (Jira administrators only; the server says so to anyone else).
 */
define('promise-keeper/admin/backfill',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'], function ($, rest, dom, forms) {
    'use strict';

    /** Fills {@code $content} with the screen and reads the job's progress. */
    function render($content, $status) {
        var $progress = dom.element('p').addClass('pk-admin-backfill-progress').attr('role', 'status');
        function show(progress) {
            $progress.text(AJS.I18n.getText('promise-keeper.admin.backfill.progress',
                progress.status, progress.scanned, progress.changed));
        }
        function refresh() {
            rest.latestOnly()('/backfill').done(show).fail(function (xhr) { $progress.text(rest.errorMessage(xhr)); });
        }
        $content.empty().append(
            dom.text('p', AJS.I18n.getText('promise-keeper.admin.backfill.explain')),
            $progress,
            dom.element('div').addClass('buttons-container').append(
                dom.button(AJS.I18n.getText('promise-keeper.admin.backfill.start'), function () {
                    rest.send('POST', '/backfill').done(show).fail(function (xhr) { forms.showError($status, xhr); });
                }, true),
                dom.button(AJS.I18n.getText('promise-keeper.admin.backfill.refresh'), refresh)));
        refresh();
    }

    return { render: render };
});
