/**
 * promise-keeper/admin/customers: the customers screen — a searchable, paged table of customers, each with
 * edit, delete (after a confirm) and its history; new and edited customers open in the customer form.
 */
define('promise-keeper/admin/customers',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms', 'promise-keeper/admin/customer-form',
        'promise-keeper/admin/customer-history'], function ($, rest, dom, forms, customerForm, customerHistory) {
    'use strict';

    /** Customers per page of the table. */
    var PAGE_SIZE = 20;
    /** Milliseconds the search waits after the last keystroke. */
    var SEARCH_DELAY = 250;
    /** Columns of the customers table, which a history row spans. */
    var CUSTOMER_COLUMNS = 5;

    /** Fills {@code $content} with the screen and loads its first page; returns what reloads the page shown. */
    function render($content, $status) {
        var getJson = rest.latestOnly();
        var query = '';
        var start = 0;
        var timer = null;
        var $search = dom.element('input').addClass('text pk-admin-customers-search').attr({ type: 'search', name: 'query' })
            .attr({ id: 'pk-admin-customers-search', placeholder: AJS.I18n.getText('promise-keeper.admin.customers.search') });
        var $total = dom.element('p').addClass('pk-admin-customers-total').attr('role', 'status');
        var $body = dom.element('tbody');
        var $previous = dom.button(AJS.I18n.getText('promise-keeper.admin.customers.previous'), function () {
            start = Math.max(0, start - PAGE_SIZE);
            reload();
        }).addClass('pk-admin-customers-previous');
        var $next = dom.button(AJS.I18n.getText('promise-keeper.admin.customers.next'), function () {
            start += PAGE_SIZE;
            reload();
        }).addClass('pk-admin-customers-next');
        var $forms = dom.element('div').addClass('pk-admin-customer-forms');

        function openForm(customer) {
            $forms.empty().append(customerForm.render(customer, reload, $status));
        }

        function row(customer) {
            var $row = dom.element('tr').attr('data-pk-customer', customer.key);
            var $history = dom.button(AJS.I18n.getText('promise-keeper.admin.history'), function () {
                var $open = $row.next('.pk-admin-customer-history');
                if ($open.length) {
                    $open.remove();
                    $history.attr('aria-expanded', 'false');
                    return;
                }
                var $cell = dom.element('td').attr('colspan', CUSTOMER_COLUMNS);
                $row.after(dom.element('tr').addClass('pk-admin-customer-history').attr('data-pk-history', customer.key).append($cell));
                $history.attr('aria-expanded', 'true');
                customerHistory.render(customer, $cell);
            }).addClass('pk-admin-customer-history-toggle').attr('aria-expanded', 'false');
            return $row.append(
                dom.text('td', customer.key), dom.text('td', customer.name), dom.text('td', customer.nextRenewal),
                dom.text('td', customer.noticeDeadline),
                dom.element('td').append(
                    dom.button(AJS.I18n.getText('promise-keeper.admin.edit'), function () {
                        rest.latestOnly()('/customers/' + encodeURIComponent(customer.key))
                            .done(openForm).fail(function (xhr) { forms.showError($status, xhr); });
                    }).addClass('pk-admin-customer-edit'),
                    dom.button(AJS.I18n.getText('promise-keeper.admin.delete'), function () {
                        if (window.confirm(AJS.I18n.getText('promise-keeper.admin.delete.confirm', customer.name))) {
                            rest.send('DELETE', '/customers/' + encodeURIComponent(customer.key), null, undefined, null, forms.FROM_ADMIN_PAGE)
                                .done(function () {
                                    $status.text(AJS.I18n.getText('promise-keeper.admin.deleted', customer.name));
                                    reload();
                                })
                                .fail(function (xhr) { forms.showError($status, xhr); });
                        }
                    }).addClass('pk-admin-customer-delete'),
                    $history));
        }

        function reload() {
            getJson('/customers', { query: query, start: start, limit: PAGE_SIZE }).done(function (answer) {
                if (!answer.customers.length && start > 0 && answer.total > 0) {
                    // The last page emptied (a delete, a narrower search): show the page before it.
                    start = Math.max(0, Math.floor((answer.total - 1) / PAGE_SIZE) * PAGE_SIZE);
                    reload();
                    return;
                }
                $body.empty().append(answer.customers.map(row));
                $total.text(answer.total === 0 ? AJS.I18n.getText('promise-keeper.admin.customers.none')
                    : AJS.I18n.getText('promise-keeper.admin.customers.page', start + 1, start + answer.customers.length, answer.total));
                $previous.prop('disabled', start === 0);
                $next.prop('disabled', start + answer.customers.length >= answer.total);
            }).fail(function (xhr, status) {
                if (status !== 'abort') {
                    forms.showError($status, xhr);
                }
            });
        }

        $search.on('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                query = $search.val().trim();
                start = 0;
                reload();
            }, SEARCH_DELAY);
        });
        $content.empty().append(
            dom.element('div').addClass('pk-admin-customers-toolbar').append(
                dom.text('label', AJS.I18n.getText('promise-keeper.admin.customers.search')).addClass('assistive')
                    .attr('for', 'pk-admin-customers-search'),
                $search,
                dom.button(AJS.I18n.getText('promise-keeper.admin.customer.new'), function () { openForm({ contracts: [{}] }); }, true)
                    .addClass('pk-admin-customer-new')),
            $total,
            dom.element('table').addClass('aui pk-admin-customers-table').append(dom.element('thead').append(dom.element('tr').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.customer.key')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.customer.name')),
                dom.text('th', AJS.I18n.getText('promise-keeper.radar.column.renewal')),
                dom.text('th', AJS.I18n.getText('promise-keeper.radar.column.notice')),
                dom.element('th'))), $body),
            dom.element('div').addClass('pk-admin-customers-pager').append($previous, $next),
            $forms);
        reload();
        return reload;
    }

    return { render: render };
});
