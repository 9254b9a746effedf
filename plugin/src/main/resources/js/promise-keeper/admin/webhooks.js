/**
 * promise-keeper/admin/webhooks: the webhooks admin screen — register, edit, test and delete the endpoints that
 * receive commitment outcomes, and follow the delivery log with a "Redeliver" action per delivery. Works through
 * /webhooks of the REST API (Jira administrators only; the server says so to anyone else) and builds its DOM from
 * text only. A secret is typed in, never shown: the server answers its last four characters.
 */
define('promise-keeper/admin/webhooks',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'], function ($, rest, dom, forms) {
    'use strict';

    // Jira's jsI18n transformer replaces only getText calls with a literal key, so every key is written out.
    var EVENT_LABELS = {
        'commitment.kept': AJS.I18n.getText('promise-keeper.webhooks.event.commitment.kept'),
        'commitment.late': AJS.I18n.getText('promise-keeper.webhooks.event.commitment.late'),
        'commitment.breached': AJS.I18n.getText('promise-keeper.webhooks.event.commitment.breached'),
        'commitment.health_changed': AJS.I18n.getText('promise-keeper.webhooks.event.commitment.health_changed'),
        'customer.renewal_at_risk': AJS.I18n.getText('promise-keeper.webhooks.event.customer.renewal_at_risk')
    };
    var STATUS_LABELS = {
        pending: AJS.I18n.getText('promise-keeper.webhooks.status.pending'),
        delivered: AJS.I18n.getText('promise-keeper.webhooks.status.delivered'),
        failed: AJS.I18n.getText('promise-keeper.webhooks.status.failed')
    };

    function eventLabel(name) {
        return EVENT_LABELS[name] || name;
    }

    function yesNo(value) {
        return AJS.I18n.getText(value ? 'promise-keeper.webhooks.yes' : 'promise-keeper.webhooks.no');
    }

    function checkbox(name, label, checked) {
        var id = 'pk-webhooks-' + name.replace(/[^\w-]/g, '-');
        return dom.element('div').addClass('checkbox').append(
            dom.element('input').addClass('checkbox').attr({ type: 'checkbox', name: name, id: id }).prop('checked', !!checked),
            dom.text('label', label).attr('for', id));
    }

    /** The endpoint form, empty for a new one; {@code onSaved} is called with the stored endpoint. */
    function endpointForm(endpoint, events, $status, onSaved, onCancel) {
        var $form = dom.element('form').addClass('aui pk-webhooks-form').attr('novalidate', 'novalidate');
        var $events = dom.element('fieldset').addClass('group').append(
            dom.text('legend', AJS.I18n.getText('promise-keeper.webhooks.events')));
        events.forEach(function (name) {
            $events.append(checkbox('event-' + name, eventLabel(name),
                endpoint ? endpoint.events.indexOf(name) >= 0 : true).attr('data-pk-event', name));
        });
        $form.append(
            dom.text('h3', endpoint
                ? AJS.I18n.getText('promise-keeper.webhooks.editing', endpoint.url)
                : AJS.I18n.getText('promise-keeper.webhooks.new')),
            dom.element('div').addClass('pk-admin-form-errors'),
            forms.field(AJS.I18n.getText('promise-keeper.webhooks.url'), 'url', endpoint ? endpoint.url : '', 'url'),
            forms.field(AJS.I18n.getText('promise-keeper.webhooks.secret'), 'secret', '', 'password'),
            dom.text('div', AJS.I18n.getText('promise-keeper.webhooks.secret.hint')).addClass('description'),
            dom.element('span').attr('data-pk-field', 'events').append($events),
            checkbox('active', AJS.I18n.getText('promise-keeper.webhooks.active'), endpoint ? endpoint.active : true),
            checkbox('moneyAllowed', AJS.I18n.getText('promise-keeper.webhooks.moneyAllowed'), endpoint && endpoint.moneyAllowed),
            checkbox('privateTargetsAllowed', AJS.I18n.getText('promise-keeper.webhooks.privateTargetsAllowed'),
                endpoint && endpoint.privateTargetsAllowed),
            dom.element('div').addClass('buttons-container').append(
                dom.element('button').attr('type', 'submit').addClass('aui-button aui-button-primary')
                    .text(AJS.I18n.getText('promise-keeper.admin.save')),
                dom.button(AJS.I18n.getText('promise-keeper.admin.cancel'), onCancel)));
        $form.on('submit', function (event) {
            event.preventDefault();
            var body = {
                url: $form.find('[name=url]').val(),
                events: $form.find('[data-pk-event] input:checked').map(function () {
                    return $(this).closest('[data-pk-event]').attr('data-pk-event');
                }).get(),
                active: $form.find('[name=active]').prop('checked'),
                moneyAllowed: $form.find('[name=moneyAllowed]').prop('checked'),
                privateTargetsAllowed: $form.find('[name=privateTargetsAllowed]').prop('checked')
            };
            var secret = $form.find('[name=secret]').val();
            if (secret) {
                body.secret = secret;
            }
            var request = endpoint
                ? rest.send('PUT', '/webhooks/' + encodeURIComponent(endpoint.id), null, body)
                : rest.send('POST', '/webhooks', null, body);
            request.done(function (stored) {
                $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                onSaved(stored);
            }).fail(function (xhr) { forms.showFieldErrors($form, xhr, $status); });
        });
        return $form;
    }

    function renderEndpoints($content, $status) {
        var $list = dom.element('div').addClass('pk-webhooks-endpoint-list');
        var $editor = dom.element('div').addClass('pk-webhooks-editor');
        var events = [];
        function closeEditor() {
            $editor.empty();
        }
        function open(endpoint) {
            $editor.empty().append(endpointForm(endpoint, events, $status, function () {
                closeEditor();
                load();
            }, closeEditor));
            $editor.find('[name=url]').trigger('focus');
        }
        function row(endpoint) {
            return dom.element('tr').attr('data-pk-endpoint', endpoint.id).append(
                dom.text('td', endpoint.url).addClass('pk-webhooks-url'),
                dom.text('td', endpoint.events.map(eventLabel).join(', ')),
                dom.text('td', yesNo(endpoint.active)),
                dom.text('td', yesNo(endpoint.moneyAllowed)),
                dom.text('td', yesNo(endpoint.privateTargetsAllowed)),
                dom.text('td', AJS.I18n.getText('promise-keeper.webhooks.secret.current', endpoint.secretHint)),
                dom.element('td').append(
                    dom.button(AJS.I18n.getText('promise-keeper.admin.edit'), function () { open(endpoint); }),
                    dom.button(AJS.I18n.getText('promise-keeper.webhooks.test'), function () {
                        rest.send('POST', '/webhooks/' + encodeURIComponent(endpoint.id) + '/test').done(function (result) {
                            $status.text(result.delivered
                                ? AJS.I18n.getText('promise-keeper.webhooks.test.ok', result.deliveryId, result.statusCode)
                                : AJS.I18n.getText('promise-keeper.webhooks.test.failed', result.deliveryId, result.error));
                        }).fail(function (xhr) { forms.showError($status, xhr); });
                    }).addClass('pk-webhooks-test'),
                    dom.button(AJS.I18n.getText('promise-keeper.admin.delete'), function () {
                        if (!window.confirm(AJS.I18n.getText('promise-keeper.webhooks.delete.confirm', endpoint.url))) {
                            return;
                        }
                        rest.send('DELETE', '/webhooks/' + encodeURIComponent(endpoint.id)).always(load)
                            .fail(function (xhr) { forms.showError($status, xhr); });
                    })));
        }
        function load() {
            rest.latestOnly()('/webhooks').done(function (answer) {
                events = answer.events;
                $list.empty();
                if (!answer.endpoints.length) {
                    $list.append(dom.text('p', AJS.I18n.getText('promise-keeper.webhooks.none')));
                    return;
                }
                var headings = [
                    AJS.I18n.getText('promise-keeper.webhooks.url'),
                    AJS.I18n.getText('promise-keeper.webhooks.events'),
                    AJS.I18n.getText('promise-keeper.webhooks.active'),
                    AJS.I18n.getText('promise-keeper.webhooks.moneyAllowed'),
                    AJS.I18n.getText('promise-keeper.webhooks.privateTargetsAllowed'),
                    AJS.I18n.getText('promise-keeper.webhooks.secret'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.actions')
                ].map(function (label) {
                    return dom.text('th', label).attr('scope', 'col');
                });
                $list.append(dom.element('table').addClass('aui pk-webhooks-endpoints-table').append(
                    dom.element('thead').append(dom.element('tr').append(headings)),
                    dom.element('tbody').append(answer.endpoints.map(row))));
            }).fail(function (xhr) { forms.showError($status, xhr); });
        }
        $content.empty().append(
            $list,
            dom.element('div').addClass('buttons-container').append(
                dom.button(AJS.I18n.getText('promise-keeper.webhooks.new'), function () { open(null); }, true)
                    .addClass('pk-webhooks-new')),
            $editor);
        load();
    }

    function renderDeliveries($content, $status) {
        var $log = dom.element('div').addClass('pk-webhooks-log');
        var get = rest.latestOnly();
        function load() {
            get('/webhooks/deliveries', { limit: 100 }).done(function (answer) {
                $log.empty();
                if (!answer.deliveries.length) {
                    $log.append(dom.text('p', AJS.I18n.getText('promise-keeper.webhooks.deliveries.none')));
                    return;
                }
                var columns = [
                    AJS.I18n.getText('promise-keeper.webhooks.column.created'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.event'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.key'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.endpoint'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.status'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.attempts'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.code'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.error'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.next'),
                    AJS.I18n.getText('promise-keeper.webhooks.column.actions')
                ];
                $log.append(dom.element('table').addClass('aui pk-webhooks-log-table').append(
                    dom.element('thead').append(dom.element('tr').append(columns.map(function (label) {
                        return dom.text('th', label).attr('scope', 'col');
                    }))),
                    dom.element('tbody').append(answer.deliveries.map(function (delivery) {
                        return dom.element('tr').attr('data-pk-delivery', delivery.id).append(
                            dom.text('td', delivery.createdAt),
                            dom.text('td', delivery.event),
                            dom.text('td', delivery.orderingKey),
                            dom.text('td', delivery.endpointId),
                            dom.text('td', STATUS_LABELS[delivery.status] || delivery.status)
                                .addClass('pk-webhooks-status-' + delivery.status),
                            dom.text('td', delivery.attempts),
                            dom.text('td', delivery.lastStatusCode),
                            dom.text('td', delivery.lastError),
                            dom.text('td', delivery.nextAttemptAt),
                            dom.element('td').append(dom.button(AJS.I18n.getText('promise-keeper.webhooks.redeliver'), function () {
                                rest.send('POST', '/webhooks/deliveries/' + encodeURIComponent(delivery.id) + '/redeliver')
                                    .done(function () {
                                        $status.text(AJS.I18n.getText('promise-keeper.webhooks.redelivered', delivery.deliveryId));
                                        load();
                                    })
                                    .fail(function (xhr) { forms.showError($status, xhr); });
                            }).addClass('pk-webhooks-redeliver')));
                    }))));
            }).fail(function (xhr) { forms.showError($status, xhr); });
        }
        $content.empty().append(
            dom.element('div').addClass('buttons-container').append(
                dom.button(AJS.I18n.getText('promise-keeper.webhooks.refresh'), load).addClass('pk-webhooks-refresh')),
            $log);
        load();
    }

    function init() {
        var $page = $('#pk-webhooks');
        if (!$page.length) {
            return;
        }
        var $status = $page.find('.pk-webhooks-status');
        $status.text('');
        renderEndpoints($page.find('.pk-webhooks-endpoints-content'), $status);
        renderDeliveries($page.find('.pk-webhooks-deliveries-content'), $status);
    }

    return { init: init };
});

require(['jquery', 'promise-keeper/admin/webhooks'], function ($, webhooks) {
    'use strict';
    $(webhooks.init);
});
