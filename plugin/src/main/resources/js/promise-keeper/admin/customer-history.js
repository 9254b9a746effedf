/**
 * promise-keeper/admin/customer-history: a customer's latest changes (who, when, through what, what), shown in
 * the row the customers table opens under that customer.
 */
define('promise-keeper/admin/customer-history',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/changes'], function ($, rest, dom, changes) {
    'use strict';

    /** Changes shown when a customer's history is opened. */
    var HISTORY_SIZE = 20;

    function separator(value) {
        return document.createTextNode(value);
    }

    /** Fills {@code $cell} with the customer's latest changes, as text. */
    function render(customer, $cell) {
        $cell.empty().append(dom.text('p', AJS.I18n.getText('promise-keeper.admin.loading')).addClass('pk-admin-history-loading'));
        rest.latestOnly()('/customers/' + encodeURIComponent(customer.key) + '/history', { limit: HISTORY_SIZE })
            .done(function (answer) {
                var $list = dom.element('ol').addClass('pk-admin-history-list');
                answer.changes.forEach(function (change) {
                    $list.append(dom.element('li').addClass('pk-admin-history-entry').append(
                        dom.text('span', change.at).addClass('pk-admin-history-at'), separator(' \u00b7 '),
                        dom.text('span', change.author).addClass('pk-admin-history-author'), separator(' \u00b7 '),
                        dom.text('span', changes.sourceLabel(change)).addClass('pk-admin-history-source'), separator(': '),
                        dom.text('span', change.description).addClass('pk-admin-history-description')));
                });
                $cell.empty().append(
                    dom.text('h4', AJS.I18n.getText('promise-keeper.admin.history.title', customer.name)),
                    answer.changes.length ? $list
                        : dom.text('p', AJS.I18n.getText('promise-keeper.admin.history.none')).addClass('pk-admin-history-empty'));
            })
            .fail(function (xhr, status) {
                if (status !== 'abort') {
                    $cell.empty().append(dom.text('p', AJS.I18n.getText('promise-keeper.admin.history.failed', rest.errorMessage(xhr)))
                        .addClass('error pk-admin-history-error'));
                }
            });
    }

    return { render: render };
});
