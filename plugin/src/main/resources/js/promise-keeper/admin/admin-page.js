/**
 * promise-keeper/admin/admin-page: the admin page. Customers (searchable, paged table; create and edit with
 * the server's field errors shown at their fields; delete with confirm), import (paste or upload, dry run
 * showing every change and error with its line, then apply), settings with their recent changes, and the
 * customer backfill, all through the REST API, which checks every permission again. All DOM is built from
 * text; no data ever goes through innerHTML.
 */
define('promise-keeper/admin/admin-page', ['jquery', 'promise-keeper/rest'], function ($, rest) {
    'use strict';

    /** Customers per page of the table. */
    var PAGE_SIZE = 20;
    /** Milliseconds the search waits after the last keystroke. */
    var SEARCH_DELAY = 250;
    /** Changes shown when a customer's history is opened. */
    var HISTORY_SIZE = 20;
    /** Columns of the customers table, which a history row spans. */
    var CUSTOMER_COLUMNS = 5;
    /** Writes made here are recorded in the histories as made on the admin page (see ChangeOrigin). */
    var FROM_ADMIN_PAGE = { 'X-Promise-Keeper-Source': 'admin-page' };

    function text(tag, value) {
        return $('<' + tag + '>').text(value === undefined || value === null ? '' : String(value));
    }

    function field(label, name, value, type) {
        var id = 'pk-admin-' + name.replace(/[^\w-]/g, '-');
        return $('<div class="field-group">').append(
            $('<label>').attr('for', id).text(label),
            $('<input class="text">').attr({ id: id, name: name, type: type || 'text' }).val(value === undefined ? '' : value));
    }

    function button(label, onClick, primary) {
        return $('<button type="button">').addClass(primary ? 'aui-button aui-button-primary' : 'aui-button').text(label).on('click', onClick);
    }

    function showError($status, xhr) {
        $status.text(AJS.I18n.getText('promise-keeper.admin.failed', rest.errorMessage(xhr)));
    }

    function list(value) {
        return String(value || '').split(/[,\n]/).map(function (item) { return item.trim(); }).filter(Boolean);
    }

    /**
     * Shows the server's field errors ({"errors":[{"field":"contracts[0].renewal","message":…}]}) at their
     * fields in {@code $form} — a contract's at its row's input — and the rest above the form.
     */
    function showFieldErrors($form, xhr, $status) {
        clearFieldErrors($form);
        var errors = (xhr && xhr.responseJSON && xhr.responseJSON.errors) || [];
        var $general = $form.find('.pk-admin-form-errors');
        errors.forEach(function (error) {
            var name = error.field || '';
            var contract = /^contracts\[(\d+)\](?:\.(\w+))?$/.exec(name);
            var $input = contract
                ? $form.find('.pk-admin-contract').eq(parseInt(contract[1], 10)).find('[name=' + (contract[2] || 'id') + ']')
                : (/^[\w-]+$/.test(name) ? $form.find('[name=' + name + ']') : $());
            var $message = text('div', error.message).addClass('error pk-admin-field-error').attr('data-pk-field', name);
            if ($input.length) {
                $input.first().attr('aria-invalid', 'true').after($message);
            } else {
                $general.append($message);
            }
        });
        if (!errors.length) {
            $general.append(text('div', rest.errorMessage(xhr)).addClass('error pk-admin-field-error'));
        }
        showError($status, xhr);
    }

    function clearFieldErrors($form) {
        $form.find('.pk-admin-field-error').remove();
        $form.find('[aria-invalid]').removeAttr('aria-invalid');
    }

    // ---- Customers ----

    function contractRow(contract) {
        var value = contract.value || {};
        return $('<tr class="pk-admin-contract">').append(
            $('<td>').append($('<input class="text" name="id">').val(contract.id || '')),
            $('<td>').append($('<input class="text" name="start" type="date">').val(contract.start || '')),
            $('<td>').append($('<input class="text" name="renewal" type="date">').val(contract.renewal || '')),
            $('<td>').append($('<input class="text" name="noticeDays" type="number" min="0">').val(contract.noticeDays || 0)),
            $('<td>').append($('<input name="autoRenew" type="checkbox">').prop('checked', !!contract.autoRenew)),
            $('<td>').append($('<select name="status">').append(
                ['active', 'expired', 'cancelled'].map(function (status) {
                    return $('<option>').val(status).text(status).prop('selected', (contract.status || 'active') === status);
                }))),
            $('<td>').append($('<input class="text" name="amount">').val(value.amount || '')),
            $('<td>').append($('<input class="text" name="currency" maxlength="3">').val(value.currency || '')));
    }

    function customerForm(customer, onSaved, $status) {
        var editing = customer.version !== undefined && customer.version !== null;
        var $form = $('<form class="aui pk-admin-customer-form">').attr('data-pk-editing', editing ? customer.key : '');
        var $contracts = $('<tbody>');
        (customer.contracts || []).forEach(function (contract) { $contracts.append(contractRow(contract)); });
        $form.append(
            text('h3', editing ? AJS.I18n.getText('promise-keeper.admin.customer.editing', customer.key)
                : AJS.I18n.getText('promise-keeper.admin.customer.new')),
            $('<div class="pk-admin-form-errors" role="alert">'),
            field(AJS.I18n.getText('promise-keeper.admin.customer.key'), 'key', customer.key),
            field(AJS.I18n.getText('promise-keeper.admin.customer.name'), 'name', customer.name),
            field(AJS.I18n.getText('promise-keeper.admin.customer.crmId'), 'crmId', customer.crmId),
            field(AJS.I18n.getText('promise-keeper.admin.customer.domains'), 'domains', (customer.domains || []).join(', ')),
            field(AJS.I18n.getText('promise-keeper.admin.customer.tier'), 'tier', customer.tier),
            field(AJS.I18n.getText('promise-keeper.admin.customer.owner'), 'owner', customer.owner),
            $('<table class="aui pk-admin-contracts">').append($('<thead>').append($('<tr>').append(
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.id')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.start')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.renewal')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.notice')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.autoRenew')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.status')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.amount')),
                text('th', AJS.I18n.getText('promise-keeper.admin.contract.currency')))), $contracts),
            button(AJS.I18n.getText('promise-keeper.admin.contract.add'), function () { $contracts.append(contractRow({})); }),
            button(AJS.I18n.getText('promise-keeper.admin.save'), function () {
                var key = $form.find('[name=key]').val().trim();
                clearFieldErrors($form);
                if (!key) {
                    showFieldErrors($form, { responseJSON: { errors: [{ field: 'key',
                        message: AJS.I18n.getText('promise-keeper.admin.customer.key.missing') }] } }, $status);
                    return;
                }
                var body = {
                    name: $form.find('[name=name]').val(),
                    crmId: $form.find('[name=crmId]').val() || undefined,
                    domains: list($form.find('[name=domains]').val()),
                    tier: $form.find('[name=tier]').val() || undefined,
                    owner: $form.find('[name=owner]').val() || undefined,
                    version: editing ? customer.version : undefined,
                    contracts: $contracts.find('tr').map(function () {
                        var $row = $(this);
                        var amount = $row.find('[name=amount]').val();
                        return {
                            id: $row.find('[name=id]').val(),
                            start: $row.find('[name=start]').val() || undefined,
                            renewal: $row.find('[name=renewal]').val() || undefined,
                            noticeDays: parseInt($row.find('[name=noticeDays]').val(), 10) || 0,
                            autoRenew: $row.find('[name=autoRenew]').prop('checked'),
                            status: $row.find('[name=status]').val(),
                            value: amount ? { amount: amount, currency: $row.find('[name=currency]').val() } : undefined
                        };
                    }).get()
                };
                rest.send('PUT', '/customers/' + encodeURIComponent(key), null, body, null, FROM_ADMIN_PAGE)
                    .done(function () {
                        $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                        $form.remove();
                        onSaved();
                    })
                    .fail(function (xhr) { showFieldErrors($form, xhr, $status); });
            }, true).addClass('pk-admin-customer-save'),
            button(AJS.I18n.getText('promise-keeper.admin.cancel'), function () { $form.remove(); }));
        if (editing) {
            $form.find('[name=key]').prop('readonly', true);
        }
        return $form;
    }

    /** Through what a change was made, in words; an import names its batch. */
    function sourceLabel(change) {
        switch (change.source) {
        case 'admin_page':
            return AJS.I18n.getText('promise-keeper.admin.history.source.admin-page');
        case 'import':
            return AJS.I18n.getText('promise-keeper.admin.history.source.import', change.importBatchId || '');
        case 'rest':
            return AJS.I18n.getText('promise-keeper.admin.history.source.rest');
        default:
            return change.source;
        }
    }

    /** The customer's latest changes (who, when, through what, what), filled into {@code $cell} as text. */
    function customerHistory(customer, $cell) {
        $cell.empty().append(text('p', AJS.I18n.getText('promise-keeper.admin.loading')).addClass('pk-admin-history-loading'));
        rest.latestOnly()('/customers/' + encodeURIComponent(customer.key) + '/history', { limit: HISTORY_SIZE })
            .done(function (answer) {
                var $list = $('<ol class="pk-admin-history-list">');
                answer.changes.forEach(function (change) {
                    $list.append($('<li class="pk-admin-history-entry">').append(
                        text('span', change.at).addClass('pk-admin-history-at'), document.createTextNode(' \u00b7 '),
                        text('span', change.author).addClass('pk-admin-history-author'), document.createTextNode(' \u00b7 '),
                        text('span', sourceLabel(change)).addClass('pk-admin-history-source'), document.createTextNode(': '),
                        text('span', change.description).addClass('pk-admin-history-description')));
                });
                $cell.empty().append(
                    text('h4', AJS.I18n.getText('promise-keeper.admin.history.title', customer.name)),
                    answer.changes.length ? $list
                        : text('p', AJS.I18n.getText('promise-keeper.admin.history.none')).addClass('pk-admin-history-empty'));
            })
            .fail(function (xhr, status) {
                if (status !== 'abort') {
                    $cell.empty().append(text('p', AJS.I18n.getText('promise-keeper.admin.history.failed', rest.errorMessage(xhr)))
                        .addClass('error pk-admin-history-error'));
                }
            });
    }

    function customers($content, $status) {
        var getJson = rest.latestOnly();
        var query = '';
        var start = 0;
        var timer = null;
        var $search = $('<input class="text pk-admin-customers-search" type="search" name="query">')
            .attr({ id: 'pk-admin-customers-search', placeholder: AJS.I18n.getText('promise-keeper.admin.customers.search') });
        var $total = $('<p class="pk-admin-customers-total" role="status">');
        var $body = $('<tbody>');
        var $previous = button(AJS.I18n.getText('promise-keeper.admin.customers.previous'), function () {
            start = Math.max(0, start - PAGE_SIZE);
            reload();
        }).addClass('pk-admin-customers-previous');
        var $next = button(AJS.I18n.getText('promise-keeper.admin.customers.next'), function () {
            start += PAGE_SIZE;
            reload();
        }).addClass('pk-admin-customers-next');
        var $forms = $('<div class="pk-admin-customer-forms">');

        function openForm(customer) {
            $forms.empty().append(customerForm(customer, reload, $status));
        }

        function row(customer) {
            var $row = $('<tr>').attr('data-pk-customer', customer.key);
            var $history = button(AJS.I18n.getText('promise-keeper.admin.history'), function () {
                var $open = $row.next('.pk-admin-customer-history');
                if ($open.length) {
                    $open.remove();
                    $history.attr('aria-expanded', 'false');
                    return;
                }
                var $cell = $('<td>').attr('colspan', CUSTOMER_COLUMNS);
                $row.after($('<tr class="pk-admin-customer-history">').attr('data-pk-history', customer.key).append($cell));
                $history.attr('aria-expanded', 'true');
                customerHistory(customer, $cell);
            }).addClass('pk-admin-customer-history-toggle').attr('aria-expanded', 'false');
            return $row.append(
                text('td', customer.key), text('td', customer.name), text('td', customer.nextRenewal),
                text('td', customer.noticeDeadline),
                $('<td>').append(
                    button(AJS.I18n.getText('promise-keeper.admin.edit'), function () {
                        rest.latestOnly()('/customers/' + encodeURIComponent(customer.key))
                            .done(openForm).fail(function (xhr) { showError($status, xhr); });
                    }).addClass('pk-admin-customer-edit'),
                    button(AJS.I18n.getText('promise-keeper.admin.delete'), function () {
                        if (window.confirm(AJS.I18n.getText('promise-keeper.admin.delete.confirm', customer.name))) {
                            rest.send('DELETE', '/customers/' + encodeURIComponent(customer.key), null, undefined, null, FROM_ADMIN_PAGE)
                                .done(function () {
                                    $status.text(AJS.I18n.getText('promise-keeper.admin.deleted', customer.name));
                                    reload();
                                })
                                .fail(function (xhr) { showError($status, xhr); });
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
                    showError($status, xhr);
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
            $('<div class="pk-admin-customers-toolbar">').append(
                $('<label class="assistive">').attr('for', 'pk-admin-customers-search').text(AJS.I18n.getText('promise-keeper.admin.customers.search')),
                $search,
                button(AJS.I18n.getText('promise-keeper.admin.customer.new'), function () { openForm({ contracts: [{}] }); }, true)
                    .addClass('pk-admin-customer-new')),
            $total,
            $('<table class="aui pk-admin-customers-table">').append($('<thead>').append($('<tr>').append(
                text('th', AJS.I18n.getText('promise-keeper.admin.customer.key')),
                text('th', AJS.I18n.getText('promise-keeper.admin.customer.name')),
                text('th', AJS.I18n.getText('promise-keeper.radar.column.renewal')),
                text('th', AJS.I18n.getText('promise-keeper.radar.column.notice')),
                $('<th>'))), $body),
            $('<div class="pk-admin-customers-pager">').append($previous, $next),
            $forms);
        reload();
        return reload;
    }

    // ---- Import ----

    function importReport(report) {
        var $report = $('<div class="pk-admin-import-report">').append(text('p', AJS.I18n.getText(
            'promise-keeper.admin.import.summary', report.format, report.created, report.updated, report.unchanged))
            .addClass('pk-admin-import-summary'));
        if (report.errors.length) {
            var $errors = $('<tbody>');
            report.errors.forEach(function (error) {
                $errors.append($('<tr>').append(text('td', error.line), text('td', error.column), text('td', error.message)));
            });
            $report.append(text('p', AJS.I18n.getText('promise-keeper.admin.import.errors', report.errors.length)),
                $('<table class="aui pk-admin-import-errors">').append($('<thead>').append($('<tr>').append(
                    text('th', AJS.I18n.getText('promise-keeper.admin.import.line')),
                    text('th', AJS.I18n.getText('promise-keeper.admin.import.column')),
                    text('th', AJS.I18n.getText('promise-keeper.admin.import.message')))), $errors));
        }
        var $changes = $('<ul class="pk-admin-import-changes">');
        report.changes.filter(function (change) { return change.action !== 'unchanged'; }).forEach(function (change) {
            $changes.append(text('li', change.action + ': ' + change.key + ' (' + change.name + ')'));
        });
        return $report.append($changes);
    }

    function importer($content, $status, reloadCustomers) {
        var $file = $('<input type="file" accept=".csv,text/csv" name="file">').attr('id', 'pk-admin-import-file');
        var $paste = $('<textarea class="textarea pk-admin-import-paste" name="csv" rows="6" cols="80">').attr('id', 'pk-admin-import-paste');
        var $format = $('<select class="select" name="format">').attr('id', 'pk-admin-import-format')
            .append(['auto', 'salesforce', 'hubspot', 'generic'].map(function (format) {
                return $('<option>').val(format).text(format);
            }));
        var $dateFormat = $('<input class="text" name="dateFormat" placeholder="dd/MM/yyyy">').attr('id', 'pk-admin-import-date-format');
        var $result = $('<div class="pk-admin-import-result">');
        var csv = null;
        function run(dryRun) {
            var params = { format: $format.val(), dryRun: dryRun };
            if ($dateFormat.val()) {
                params.dateFormat = $dateFormat.val();
            }
            rest.send('POST', '/import', params, csv, 'text/csv').done(function (report) {
                $result.empty().append(importReport(report));
                if (dryRun && !report.errors.length && (report.created || report.updated)) {
                    $result.append(button(AJS.I18n.getText('promise-keeper.admin.import.apply'), function () { run(false); }, true)
                        .addClass('pk-admin-import-apply'));
                }
                if (report.applied) {
                    $status.text(AJS.I18n.getText('promise-keeper.admin.import.applied'));
                    reloadCustomers();
                }
            }).fail(function (xhr) {
                $result.empty().append(text('p', rest.errorMessage(xhr)).addClass('error'));
                showError($status, xhr);
            });
        }
        $content.empty().append(
            $('<form class="aui pk-admin-import-form">').append(
                $('<div class="field-group">').append($('<label>').attr('for', 'pk-admin-import-paste')
                    .text(AJS.I18n.getText('promise-keeper.admin.import.paste')), $paste),
                $('<div class="field-group">').append($('<label>').attr('for', 'pk-admin-import-file')
                    .text(AJS.I18n.getText('promise-keeper.admin.import.file')), $file),
                $('<div class="field-group">').append($('<label>').attr('for', 'pk-admin-import-format')
                    .text(AJS.I18n.getText('promise-keeper.admin.import.format')), $format),
                $('<div class="field-group">').append($('<label>').attr('for', 'pk-admin-import-date-format')
                    .text(AJS.I18n.getText('promise-keeper.admin.import.dateFormat')), $dateFormat),
                button(AJS.I18n.getText('promise-keeper.admin.import.check'), function () {
                    var file = $file[0].files[0];
                    if (file) {
                        var reader = new FileReader();
                        reader.onload = function () { csv = reader.result; run(true); };
                        reader.readAsText(file, 'UTF-8');
                    } else if ($paste.val().trim()) {
                        csv = $paste.val();
                        run(true);
                    } else {
                        $result.empty().append(text('p', AJS.I18n.getText('promise-keeper.admin.import.nothing')).addClass('error'));
                    }
                }, true).addClass('pk-admin-import-check')),
            $result);
    }

    // ---- Settings ----

    function settingsHistory($history) {
        rest.latestOnly()('/settings/history', { limit: 10 }).done(function (answer) {
            var $list = $('<ul class="pk-admin-settings-history-list">');
            answer.changes.forEach(function (change) {
                $list.append(text('li', AJS.I18n.getText('promise-keeper.admin.settings.history.entry',
                    change.at, change.author, sourceLabel(change), change.description)));
            });
            $history.empty().append(text('h3', AJS.I18n.getText('promise-keeper.admin.settings.history')),
                answer.changes.length ? $list : text('p', AJS.I18n.getText('promise-keeper.admin.settings.history.none')));
        }).fail(function (xhr) { $history.empty().append(text('p', rest.errorMessage(xhr))); });
    }

    function settings($content, $status) {
        var $history = $('<div class="pk-admin-settings-history">');
        rest.latestOnly()('/settings').done(function (current) {
            var rates = Object.keys(current.rates || {}).map(function (code) { return code + '=' + current.rates[code]; }).join(', ');
            var $form = $('<form class="aui pk-admin-settings-form">').append(
                $('<div class="pk-admin-form-errors" role="alert">'),
                field(AJS.I18n.getText('promise-keeper.admin.settings.days'), 'defaultDays', current.defaultDays, 'number'),
                field(AJS.I18n.getText('promise-keeper.admin.settings.basis'), 'basis', current.basis),
                field(AJS.I18n.getText('promise-keeper.admin.settings.currency'), 'reportingCurrency', current.reportingCurrency),
                field(AJS.I18n.getText('promise-keeper.admin.settings.rates'), 'rates', rates),
                field(AJS.I18n.getText('promise-keeper.admin.settings.epicJql'), 'jqlTemplate', current.epicChildren.jqlTemplate),
                field(AJS.I18n.getText('promise-keeper.admin.settings.epicField'), 'epicField', current.epicChildren.epicField),
                field(AJS.I18n.getText('promise-keeper.admin.settings.readers'), 'readerGroups', current.readerGroups.join(', ')),
                field(AJS.I18n.getText('promise-keeper.admin.settings.finance'), 'financeGroups', current.financeGroups.join(', ')),
                field(AJS.I18n.getText('promise-keeper.admin.settings.editors'), 'editorGroups', current.editorGroups.join(', ')));
            $form.append(button(AJS.I18n.getText('promise-keeper.admin.save'), function () {
                var rateMap = {};
                list($form.find('[name=rates]').val()).forEach(function (pair) {
                    var parts = pair.split('=');
                    rateMap[parts[0].trim()] = (parts[1] || '').trim();
                });
                clearFieldErrors($form);
                var epicChildren = { jqlTemplate: $form.find('[name=jqlTemplate]').val(), epicField: $form.find('[name=epicField]').val() };
                var body = {
                    defaultDays: parseInt($form.find('[name=defaultDays]').val(), 10),
                    basis: $form.find('[name=basis]').val(),
                    reportingCurrency: $form.find('[name=reportingCurrency]').val(),
                    rates: rateMap,
                    readerGroups: list($form.find('[name=readerGroups]').val()),
                    financeGroups: list($form.find('[name=financeGroups]').val()),
                    editorGroups: list($form.find('[name=editorGroups]').val())
                };
                // Sent only when changed: the server has Jira parse a new query, which an unchanged one needs not.
                if (epicChildren.jqlTemplate !== current.epicChildren.jqlTemplate || epicChildren.epicField !== current.epicChildren.epicField) {
                    body.epicChildren = epicChildren;
                }
                rest.send('PUT', '/settings', null, body, null, FROM_ADMIN_PAGE).done(function (saved) {
                    current = saved;
                    $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                    settingsHistory($history);
                }).fail(function (xhr) {
                    // The server names the epic children query "epicChildren"; its template is where to fix it.
                    var errors = (xhr.responseJSON && xhr.responseJSON.errors) || [];
                    errors.forEach(function (error) {
                        if (error.field === 'epicChildren') {
                            error.field = 'jqlTemplate';
                        }
                    });
                    showFieldErrors($form, xhr, $status);
                });
            }, true).addClass('pk-admin-settings-save'));
            $content.empty().append($form, $history);
            settingsHistory($history);
        }).fail(function (xhr) { showError($status, xhr); });
    }

    // ---- Customer backfill (Jira administrators only; the server says so to anyone else) ----

    function backfill($content, $status) {
        var $progress = $('<p class="pk-admin-backfill-progress" role="status">');
        function show(progress) {
            $progress.text(AJS.I18n.getText('promise-keeper.admin.backfill.progress',
                progress.status, progress.scanned, progress.changed));
        }
        function refresh() {
            rest.latestOnly()('/backfill').done(show).fail(function (xhr) { $progress.text(rest.errorMessage(xhr)); });
        }
        $content.empty().append(
            text('p', AJS.I18n.getText('promise-keeper.admin.backfill.explain')),
            $progress,
            $('<div class="buttons-container">').append(
                button(AJS.I18n.getText('promise-keeper.admin.backfill.start'), function () {
                    rest.send('POST', '/backfill').done(show).fail(function (xhr) { showError($status, xhr); });
                }, true),
                button(AJS.I18n.getText('promise-keeper.admin.backfill.refresh'), refresh)));
        refresh();
    }

    function init() {
        var $page = $('#pk-admin');
        if (!$page.length) {
            return;
        }
        var $status = $page.find('.pk-admin-status');
        $status.text('');
        var reloadCustomers = customers($page.find('.pk-admin-customers-content'), $status);
        importer($page.find('.pk-admin-import-content'), $status, reloadCustomers);
        settings($page.find('.pk-admin-settings-content'), $status);
        backfill($page.find('.pk-admin-backfill-content'), $status);
    }

    return { init: init };
});

require(['jquery', 'promise-keeper/admin/admin-page'], function ($, adminPage) {
    'use strict';
    $(adminPage.init);
});
