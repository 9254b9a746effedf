/**
 * promise-keeper/admin/alert-settings: the slip alerts part of the settings screen — the daily check time (in the
 * site's time zone) and the notice days N, saved with PUT /alerts/settings (recorded in the settings history like
 * the others), the check's next run, and "Check now" (POST /alerts/check) with what that check raised and resolved.
 */
define('promise-keeper/admin/alert-settings',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'],
    function ($, rest, dom, forms) {
    'use strict';

    /** "2026-12-02T06:00+01:00[Europe/Berlin]" (a Java ZonedDateTime) → day, time and zone; null for anything else. */
    function parseRun(text) {
        var parts = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?([^[]*)(?:\[([^\]]+)\])?$/.exec(String(text || ''));
        return parts ? { day: parts[1], time: parts[2], zone: parts[4] || parts[3] || '' } : null;
    }

    /** A whole number typed as such goes as a number; anything else as typed, for the server to refuse at its field. */
    function whole(value) {
        var typed = String(value || '').trim();
        return /^-?\d+$/.test(typed) ? parseInt(typed, 10) : typed;
    }

    /** The zone and next run line, or nothing when the check is not scheduled. */
    function nextRun($next, $zone, settings) {
        var run = parseRun(settings.nextRun);
        $next.text(run ? AJS.I18n.getText('promise-keeper.admin.alerts.next', run.day, run.time, run.zone) : '');
        $zone.text(run && run.zone ? AJS.I18n.getText('promise-keeper.admin.alerts.zone', run.zone) : '');
    }

    /**
     * One alert a check raised or resolved, as text: its customer, commitment and reason; an alert about a customer
     * alone (a renewal moved, a contract cancelled) says so, with the customer's name and key.
     */
    function alertItem(alert) {
        var line = alert.commitment
            ? AJS.I18n.getText('promise-keeper.admin.alerts.check.item',
                alert.customerName || alert.customer, alert.commitment, alert.reason)
            : alert.customerName && alert.customerName !== alert.customer
                ? AJS.I18n.getText('promise-keeper.admin.alerts.check.customer-item',
                    alert.customerName, alert.customer, alert.reason)
                : AJS.I18n.getText('promise-keeper.admin.alerts.check.customer-key-item', alert.customer, alert.reason);
        return dom.text('li', line).addClass('pk-admin-alerts-check-item');
    }

    function outcome(title, alerts, kind) {
        var $list = dom.element('ul').addClass('pk-admin-alerts-check-' + kind);
        alerts.forEach(function (alert) { $list.append(alertItem(alert)); });
        return alerts.length ? [dom.text('h4', title), $list] : [];
    }

    /** Runs the check, showing it busy, then what it raised and resolved, or why it failed. */
    function checkNow($button, $result) {
        $button.prop('disabled', true).attr('aria-disabled', 'true');
        $result.attr('aria-busy', 'true').removeClass('pk-admin-alerts-check-error')
            .empty().append(dom.text('p', AJS.I18n.getText('promise-keeper.admin.alerts.check.running')));
        rest.send('POST', '/alerts/check').done(function (changes) {
            var raised = changes.raised || [];
            var resolved = changes.resolved || [];
            $result.empty().append(
                dom.text('p', AJS.I18n.getText('promise-keeper.admin.alerts.check.done', raised.length, resolved.length))
                    .addClass('pk-admin-alerts-check-summary'),
                outcome(AJS.I18n.getText('promise-keeper.admin.alerts.check.raised'), raised, 'raised'),
                outcome(AJS.I18n.getText('promise-keeper.admin.alerts.check.resolved'), resolved, 'resolved'));
        }).fail(function (xhr) {
            $result.empty().addClass('pk-admin-alerts-check-error').append(
                dom.text('p', AJS.I18n.getText('promise-keeper.admin.alerts.check.failed', rest.errorMessage(xhr)))
                    .addClass('error'));
        }).always(function () {
            $result.attr('aria-busy', 'false');
            $button.prop('disabled', false).removeAttr('aria-disabled');
        });
    }

    /**
     * Fills {@code $content} with the alert settings form once they are read; {@code onSaved} is told of each saved
     * change (the settings screen then shows it in the history).
     */
    function render($content, $status, onSaved) {
        rest.latestOnly()('/alerts/settings').done(function (current) {
            var $zone = dom.element('div').addClass('description pk-admin-alerts-zone');
            var $next = dom.element('p').addClass('pk-admin-alerts-next');
            var $result = dom.element('div').addClass('pk-admin-alerts-check-result').attr({ 'aria-live': 'polite', 'aria-busy': 'false' });
            var $checkAt = forms.field(AJS.I18n.getText('promise-keeper.admin.alerts.check-at'), 'checkAt', current.checkAt);
            $checkAt.find('input').attr({ inputmode: 'numeric', placeholder: 'HH:MM', 'aria-describedby': 'pk-admin-alerts-zone' });
            $zone.attr('id', 'pk-admin-alerts-zone');
            var $form = dom.element('form').addClass('aui pk-admin-alert-settings-form').append(
                dom.text('h3', AJS.I18n.getText('promise-keeper.admin.alerts.heading')),
                dom.element('div').addClass('pk-admin-form-errors').attr('role', 'alert'),
                $checkAt.append($zone),
                forms.field(AJS.I18n.getText('promise-keeper.admin.alerts.notice-days'), 'noticeDays', current.noticeDays, 'number'),
                $next);
            nextRun($next, $zone, current);

            function save() {
                forms.clearFieldErrors($form);
                rest.send('PUT', '/alerts/settings', null, {
                    checkAt: String($form.find('[name=checkAt]').val() || '').trim(),
                    noticeDays: whole($form.find('[name=noticeDays]').val())
                }, null, forms.FROM_ADMIN_PAGE).done(function (saved) {
                    nextRun($next, $zone, saved);
                    $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                    if (onSaved) {
                        onSaved();
                    }
                }).fail(function (xhr) { forms.showFieldErrors($form, xhr, $status); });
            }

            var $check = dom.button(AJS.I18n.getText('promise-keeper.admin.alerts.check'), function () {
                checkNow($check, $result);
            }).addClass('pk-admin-alerts-check');
            $form.on('submit', function (event) {
                event.preventDefault();
                save();
            });
            $form.append(
                dom.element('div').addClass('buttons-container').append(dom.element('div').addClass('buttons').append(
                    dom.button(AJS.I18n.getText('promise-keeper.admin.save'), save, true).addClass('pk-admin-alert-settings-save'),
                    $check)),
                $result);
            $content.empty().append($form);
        }).fail(function (xhr) { forms.showError($status, xhr); });
    }

    return { render: render };
});
