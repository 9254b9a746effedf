/**
 * promise-keeper/radar/dashboard-item: the Renewal Radar dashboard item (GET /radar). Jira calls
 * render(context, preferences) and, when the user configures it, renderEdit(context, preferences). The
 * preferences are strings: days, basis (renewal|notice), scopeType (all|project|filter|jql), scope, rows,
 * refresh (minutes, 0 = never). All DOM is built from text; no data ever goes through innerHTML.
 */
define('promise-keeper/radar/dashboard-item', ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/gadgets'],
    function ($, rest, dom, gadgets) {
    'use strict';

    // Texts are looked up with literal keys only: Jira's jsI18n transformer inlines them when it serves the file.
    var MAX_DAYS = 3650;
    var MAX_ROWS = 200;
    var DEFAULT_ROWS = 20;
    var WINDOWS = [30, 60, 90, 180];
    var REFRESH_MINUTES = [0, 15, 30, 60];
    var RISK_ORDER = { high: 3, medium: 2, low: 1 };
    var instances = 0;

    function whole(text, min, max) {
        var value = Number(text);
        return Number.isInteger(value) && value >= min && value <= max ? value : null;
    }

    /** The gadget's settings from its preferences, with the defaults for what is missing or invalid. */
    function settingsOf(preferences, $container) {
        preferences = preferences || {};
        var scopeType = ['project', 'filter', 'jql'].indexOf(preferences.scopeType) >= 0 ? preferences.scopeType : 'all';
        return {
            days: whole(preferences.days, 1, MAX_DAYS)
                || parseInt($container.find('.pk-radar').attr('data-pk-days'), 10) || 90,
            basis: preferences.basis === 'notice' ? 'notice' : 'renewal',
            scopeType: scopeType,
            scope: scopeType === 'all' ? '' : String(preferences.scope || ''),
            rows: whole(preferences.rows, 1, MAX_ROWS) || DEFAULT_ROWS,
            refresh: whole(preferences.refresh, 0, 24 * 60) || 0
        };
    }

    function quoted(text) {
        return '"' + String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
    }

    /** The JQL the server gets as scope: a project key, a saved filter (id or name) or the clause as written. */
    function scopeJql(settings) {
        var value = settings.scope.trim();
        if (!value) {
            return '';
        }
        switch (settings.scopeType) {
            case 'project': return 'project = ' + quoted(value);
            case 'filter': return 'filter = ' + (/^\d+$/.test(value) ? value : quoted(value));
            case 'jql': return value;
            default: return '';
        }
    }

    function radarParams(settings, limit) {
        var params = { days: settings.days, basis: settings.basis, limit: limit };
        var scope = scopeJql(settings);
        if (scope) {
            params.scope = scope;
        }
        return params;
    }

    /** The columns, each with its header text and how it sorts (the risk column keeps the server's ranking). */
    function columns(showValue) {
        var list = [
            { id: 'risk', title: AJS.I18n.getText('promise-keeper.radar.column.risk'),
                key: function (c) { return [RISK_ORDER[c.risk] || 0, c.score || 0, -c.index]; } },
            { id: 'customer', title: AJS.I18n.getText('promise-keeper.radar.column.customer'),
                key: function (c) { return [String(c.name || c.key).toLocaleLowerCase()]; } },
            { id: 'renewal', title: AJS.I18n.getText('promise-keeper.radar.column.renewal'),
                key: function (c) { return [c.renewal || '']; } },
            { id: 'notice', title: AJS.I18n.getText('promise-keeper.radar.column.notice'),
                key: function (c) { return [c.noticeDeadline || '']; } }
        ];
        if (showValue) {
            list.push({ id: 'value', title: AJS.I18n.getText('promise-keeper.radar.column.value'),
                key: function (c) { return [c.value ? c.value.currency : '', c.value ? Number(c.value.amount) : -1]; } });
        }
        list.push(
            { id: 'tickets', title: AJS.I18n.getText('promise-keeper.radar.column.tickets'),
                key: function (c) { return [c.openTickets ? c.openTickets.total : 0]; } },
            { id: 'commitments', title: AJS.I18n.getText('promise-keeper.radar.column.commitments'),
                key: function (c) { return [(c.commitments || []).filter(gadgets.isAtRisk).length, (c.commitments || []).length]; } });
        return list;
    }

    function compareKeys(a, b) {
        for (var i = 0; i < a.length; i++) {
            if (a[i] < b[i]) {
                return -1;
            }
            if (a[i] > b[i]) {
                return 1;
            }
        }
        return 0;
    }

    /** The expanded part of a customer: every reason in words, its flagged tickets and its promises. */
    function details(customer) {
        var $details = $('<div class="pk-radar-details">');
        var reasons = customer.reasons || [];
        $details.append(dom.text('h4', AJS.I18n.getText('promise-keeper.radar.reasons')));
        if (reasons.length) {
            $details.append($('<ul class="pk-radar-reasons">').append(reasons.map(function (reason) { return dom.text('li', reason); })));
        } else {
            $details.append(dom.text('p', AJS.I18n.getText('promise-keeper.radar.no-reasons')));
        }

        var tickets = customer.openTickets || { total: 0, top: [] };
        if (tickets.top && tickets.top.length) {
            $details.append(dom.text('h4', AJS.I18n.getText('promise-keeper.radar.tickets')));
            var $tickets = $('<ul class="pk-radar-tickets">');
            tickets.top.forEach(function (ticket) {
                $tickets.append($('<li>').attr('data-pk-ticket', ticket.key).append(
                    gadgets.issueLink(ticket.key), ' ', dom.text('span', ticket.summary).addClass('pk-radar-ticket-summary'),
                    ' ', $('<span class="aui-lozenge aui-lozenge-subtle">').text(ticket.priority)));
            });
            if (tickets.total > tickets.top.length) {
                $tickets.append(dom.text('li', AJS.I18n.getText('promise-keeper.radar.tickets.more', tickets.total - tickets.top.length)));
            }
            $details.append($tickets);
        }

        var commitments = customer.commitments || [];
        if (commitments.length) {
            $details.append(dom.text('h4', AJS.I18n.getText('promise-keeper.radar.commitments')));
            var $commitments = $('<ul class="pk-radar-commitments">');
            commitments.forEach(function (commitment) {
                var forecast = gadgets.forecastOf(commitment);
                var $item = $('<li>').attr('data-pk-commitment', commitment.key).append(
                    gadgets.healthLozenge(commitment.health), ' ',
                    gadgets.issueLink(commitment.key), ' ', dom.text('span', commitment.summary), ' ',
                    dom.text('span', AJS.I18n.getText('promise-keeper.radar.promised', commitment.promisedDate)).addClass('pk-radar-promised'),
                    ' · ',
                    dom.text('span', forecast ? AJS.I18n.getText('promise-keeper.radar.forecast', forecast)
                        : AJS.I18n.getText('promise-keeper.gadget.no-forecast')).addClass('pk-radar-forecast'));
                if (commitment.reasons && commitment.reasons.length) {
                    $item.append($('<ul class="pk-radar-commitment-reasons">')
                        .append(commitment.reasons.map(function (reason) { return dom.text('li', reason); })));
                }
                $commitments.append($item);
            });
            $details.append($commitments);
        }
        return $details;
    }

    function customerRows(customer, columnList, today, id) {
        var detailsId = id + '-details-' + customer.index;
        var $toggle = $('<button type="button" class="aui-button aui-button-link pk-radar-toggle" aria-expanded="false">')
            .attr('aria-controls', detailsId)
            .attr('aria-label', AJS.I18n.getText('promise-keeper.radar.expand', customer.name))
            .append($('<span class="aui-icon aui-icon-small aui-iconfont-chevron-right" aria-hidden="true">'));
        var cells = {
            risk: $('<td class="pk-radar-risk">').append(gadgets.riskLozenge(customer.risk)),
            customer: $('<th scope="row" class="pk-radar-customer">').append($toggle, ' ', dom.text('span', customer.name)),
            renewal: $('<td class="pk-radar-renewal">').append(dom.text('span', customer.renewal).addClass('pk-date'), $('<br>'),
                dom.text('small', gadgets.daysLeftText(gadgets.daysBetween(today, customer.renewal)))),
            notice: $('<td class="pk-radar-notice">').append(dom.text('span', customer.noticeDeadline || '').addClass('pk-date'),
                customer.noticeDeadline ? $('<br>') : '',
                customer.noticeDeadline ? dom.text('small', gadgets.daysLeftText(gadgets.daysBetween(today, customer.noticeDeadline))) : ''),
            value: $('<td class="pk-radar-value">').text(gadgets.money(customer.value)),
            tickets: $('<td class="pk-radar-tickets-count">').text(gadgets.priorityCounts(customer.openTickets && customer.openTickets.byPriority)),
            commitments: $('<td class="pk-radar-commitments-count">').append(gadgets.healthCounts(customer.commitments))
        };
        var $row = $('<tr class="pk-radar-row">').attr('data-pk-customer', customer.key)
            .append(columnList.map(function (column) {
                // data-pk-label names the fact where a narrow column shows it without the header row above it.
                return cells[column.id].attr('data-pk-column', column.id).attr('data-pk-label', column.title);
            }));
        var $detailsRow = $('<tr class="pk-radar-details-row" hidden>').attr('id', detailsId)
            .append($('<td>').attr('colspan', columnList.length).append(details(customer)));
        $toggle.on('click', function () {
            var open = $toggle.attr('aria-expanded') !== 'true';
            $toggle.attr('aria-expanded', String(open));
            $toggle.find('.aui-icon').toggleClass('aui-iconfont-chevron-right', !open).toggleClass('aui-iconfont-chevron-down', open);
            $detailsRow.prop('hidden', !open);
        });
        return [$row, $detailsRow];
    }

    /** The ranked table, sortable by any column (a button in each header; aria-sort says the order). */
    function table(answer, id, onResize) {
        var customers = answer.customers.map(function (customer, index) { return $.extend({ index: index }, customer); });
        var showValue = !!answer.totalValue || customers.some(function (c) { return !!c.value; });
        var columnList = columns(showValue);
        var rows = {};
        customers.forEach(function (customer) { rows[customer.index] = customerRows(customer, columnList, answer.today, id); });
        var $body = $('<tbody>');
        var $headRow = $('<tr>');
        var sorted = { id: 'risk', direction: 'descending' };

        function fill() {
            var column = columnList.filter(function (c) { return c.id === sorted.id; })[0];
            var ordered = customers.slice().sort(function (a, b) {
                var order = compareKeys(column.key(a), column.key(b)) || a.index - b.index;
                return sorted.direction === 'descending' ? -order : order;
            });
            if (sorted.id === 'risk') {
                ordered = sorted.direction === 'descending' ? customers.slice() : customers.slice().reverse();
            }
            $body.children().detach();
            ordered.forEach(function (customer) { $body.append(rows[customer.index]); });
            $headRow.children().each(function () {
                var $th = $(this);
                $th.attr('aria-sort', $th.attr('data-pk-column') === sorted.id ? sorted.direction : 'none');
            });
            onResize();
        }

        columnList.forEach(function (column) {
            var $button = $('<button type="button" class="aui-button aui-button-link pk-radar-sort">').text(column.title)
                .attr('title', AJS.I18n.getText('promise-keeper.radar.sort', column.title))
                .on('click', function () {
                    var firstDirection = column.id === 'risk' || column.id === 'value' || column.id === 'tickets'
                        || column.id === 'commitments' ? 'descending' : 'ascending';
                    if (sorted.id === column.id) {
                        sorted.direction = sorted.direction === 'ascending' ? 'descending' : 'ascending';
                    } else {
                        sorted = { id: column.id, direction: firstDirection };
                    }
                    fill();
                });
            $headRow.append($('<th scope="col">').attr('data-pk-column', column.id).append($button));
        });
        fill();
        return $('<table class="aui pk-radar-table">').append($('<thead>').append($headRow), $body);
    }

    function header(answer) {
        var atRisk = 0;
        answer.customers.forEach(function (customer) { atRisk += (customer.commitments || []).filter(gadgets.isAtRisk).length; });
        var notice = answer.basis === 'notice';
        if (answer.totalValue) {
            var value = gadgets.money(answer.totalValue);
            return notice ? AJS.I18n.getText('promise-keeper.radar.header.notice.money', answer.days, answer.total, value, atRisk)
                : AJS.I18n.getText('promise-keeper.radar.header.money', answer.days, answer.total, value, atRisk);
        }
        return notice ? AJS.I18n.getText('promise-keeper.radar.header.notice', answer.days, answer.total, atRisk)
            : AJS.I18n.getText('promise-keeper.radar.header', answer.days, answer.total, atRisk);
    }

    /** What the JSON says is missing: customers the radar did not read, currencies the total left out. */
    function partialNotes(answer) {
        var notes = [];
        if (answer.truncated) {
            notes.push(AJS.I18n.getText('promise-keeper.radar.partial.truncated'));
        }
        if (answer.totalValue && answer.totalValue.missingRates && answer.totalValue.missingRates.length) {
            notes.push(AJS.I18n.getText('promise-keeper.radar.partial.rates', answer.totalValue.missingRates.join(', ')));
        }
        return notes;
    }

    function DashboardItem(API) {
        this.API = API;
        this.getJson = rest.latestOnly();
        this.checkScope = rest.latestOnly();
        this.timer = null;
        this.id = 'pk-radar-' + (++instances);
    }

    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var $container = $(context);
        var settings = settingsOf(preferences, $container);
        var $status = $container.find('.pk-radar-status');
        var $content = $container.find('.pk-radar-content');
        var resize = function () { self.API.resize(); };
        clearTimeout(self.timer);

        $container.find('.pk-radar').attr('aria-busy', 'true');
        $status.text(AJS.I18n.getText('promise-keeper.radar.loading'));
        self.API.showLoadingBar();
        self.getJson('/radar', radarParams(settings, settings.rows))
            .done(function (answer) {
                $content.empty();
                if (!answer.customers.length) {
                    $status.text(answer.basis === 'notice' ? AJS.I18n.getText('promise-keeper.radar.empty.notice', answer.days)
                        : AJS.I18n.getText('promise-keeper.radar.empty', answer.days));
                    return;
                }
                $status.text(header(answer));
                var notes = partialNotes(answer);
                if (answer.total > answer.customers.length) {
                    $content.append(dom.text('p', AJS.I18n.getText('promise-keeper.radar.shown', answer.customers.length)).addClass('pk-radar-shown'));
                }
                if (notes.length) {
                    $content.append($('<div class="aui-message aui-message-warning pk-radar-partial">')
                        .append(notes.map(function (note) { return dom.text('p', note); })));
                }
                $content.append($('<p class="pk-radar-actions">').append(gadgets.exportLink(
                    rest.url('/radar.csv', radarParams(settings, settings.rows)),
                    AJS.I18n.getText('promise-keeper.radar.export-csv.label'))));
                $content.append($('<div class="pk-radar-scroll">').append(table(answer, self.id, resize)));
            })
            .fail(function (xhr, status) {
                if (status === 'abort') {
                    return;
                }
                $content.empty().append(gadgets.retryButton(function () { self.render(context, preferences); })
                    .addClass('pk-radar-retry'));
                $status.text(AJS.I18n.getText('promise-keeper.radar.error', rest.errorMessage(xhr)));
            })
            .always(function (answer, status) {
                if (status === 'abort') {
                    return;
                }
                $container.find('.pk-radar').attr('aria-busy', 'false');
                self.API.hideLoadingBar();
                self.API.resize();
                // A removed item's element has left the page: its refresh stops instead of fetching forever.
                if (settings.refresh && gadgets.isOnPage($container[0])) {
                    self.timer = gadgets.refreshLater($container[0], settings.refresh, function () {
                        self.render(context, preferences);
                    });
                }
            });
    };

    /** An AUI-styled select (see promise-keeper/dom). */
    function auiSelect(name, options, selected) {
        return dom.select(name, options, selected).addClass('select');
    }

    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var $container = $(context);
        var settings = settingsOf(preferences, $container);
        var id = self.id + '-config';
        clearTimeout(self.timer);

        var preset = WINDOWS.indexOf(settings.days) >= 0 ? settings.days : 'custom';
        var $window = auiSelect('window', WINDOWS.map(function (days) {
            return { value: days, text: AJS.I18n.getText('promise-keeper.radar.config.window.option', days) };
        }).concat([{ value: 'custom', text: AJS.I18n.getText('promise-keeper.radar.config.window.custom') }]), preset);
        var $days = $('<input type="number" class="text short-field" name="days" min="1">').attr('max', MAX_DAYS).val(settings.days);
        var $daysError = $('<div class="error" role="alert">');
        var $basis = auiSelect('basis', [
            { value: 'renewal', text: AJS.I18n.getText('promise-keeper.radar.config.basis.renewal') },
            { value: 'notice', text: AJS.I18n.getText('promise-keeper.radar.config.basis.notice') }], settings.basis);
        var $scopeType = auiSelect('scopeType', [
            { value: 'all', text: AJS.I18n.getText('promise-keeper.radar.config.scope.all') },
            { value: 'project', text: AJS.I18n.getText('promise-keeper.radar.config.scope.project') },
            { value: 'filter', text: AJS.I18n.getText('promise-keeper.radar.config.scope.filter') },
            { value: 'jql', text: AJS.I18n.getText('promise-keeper.radar.config.scope.jql') }], settings.scopeType);
        var $scope = $('<input type="text" class="text long-field" name="scope">').val(settings.scope);
        var $scopeError = $('<div class="error pk-radar-scope-error" role="alert">');
        var $rows = $('<input type="number" class="text short-field" name="rows" min="1">').attr('max', MAX_ROWS).val(settings.rows);
        var $rowsError = $('<div class="error" role="alert">');
        var $refresh = auiSelect('refresh', REFRESH_MINUTES.map(function (minutes) {
            return { value: minutes, text: minutes ? AJS.I18n.getText('promise-keeper.radar.config.refresh.minutes', minutes)
                : AJS.I18n.getText('promise-keeper.radar.config.refresh.off') };
        }), REFRESH_MINUTES.indexOf(settings.refresh) >= 0 ? settings.refresh : 0);
        var $save = $('<button type="submit" class="aui-button aui-button-primary">').text(AJS.I18n.getText('promise-keeper.radar.config.save'));
        var $cancel = $('<button type="button" class="aui-button aui-button-link">').text(AJS.I18n.getText('promise-keeper.radar.config.cancel'));

        function showCustomDays() {
            var custom = $window.val() === 'custom';
            $days.closest('.field-group').prop('hidden', !custom);
            if (!custom) {
                $days.val($window.val());
            }
        }
        function showScope() {
            $scope.closest('.field-group').prop('hidden', $scopeType.val() === 'all');
        }

        var $form = $('<form class="aui pk-radar-config" novalidate>').append(
            dom.fieldGroup(id + '-window', AJS.I18n.getText('promise-keeper.radar.config.window'), $window),
            dom.fieldGroup(id + '-days', AJS.I18n.getText('promise-keeper.radar.config.days'), $days, $daysError),
            dom.fieldGroup(id + '-basis', AJS.I18n.getText('promise-keeper.radar.config.basis'), $basis),
            dom.fieldGroup(id + '-scope-type', AJS.I18n.getText('promise-keeper.radar.config.scope'), $scopeType),
            dom.fieldGroup(id + '-scope', AJS.I18n.getText('promise-keeper.radar.config.scope.value'), $scope, $scopeError),
            dom.fieldGroup(id + '-rows', AJS.I18n.getText('promise-keeper.radar.config.rows'), $rows, $rowsError),
            dom.fieldGroup(id + '-refresh', AJS.I18n.getText('promise-keeper.radar.config.refresh'), $refresh),
            $('<div class="buttons-container">').append($('<div class="buttons">').append($save, ' ', $cancel)));
        $window.on('change', showCustomDays);
        $scopeType.on('change', showScope);
        $cancel.on('click', function () {
            self.API.savePreferences(preferences || {});
        });
        $form.on('submit', function (event) {
            event.preventDefault();
            $form.find('.error').text('');
            var chosen = {
                days: whole($window.val() === 'custom' ? $days.val() : $window.val(), 1, MAX_DAYS),
                basis: $basis.val(),
                scopeType: $scopeType.val(),
                scope: $scopeType.val() === 'all' ? '' : $scope.val().trim(),
                rows: whole($rows.val(), 1, MAX_ROWS),
                refresh: whole($refresh.val(), 0, 24 * 60) || 0
            };
            var valid = true;
            if (chosen.days === null) {
                $daysError.text(AJS.I18n.getText('promise-keeper.radar.config.invalid'));
                valid = false;
            }
            if (chosen.rows === null) {
                $rowsError.text(AJS.I18n.getText('promise-keeper.radar.config.rows.invalid'));
                valid = false;
            }
            if (chosen.scopeType !== 'all' && !chosen.scope) {
                $scopeError.text(AJS.I18n.getText('promise-keeper.radar.config.scope.missing'));
                valid = false;
            }
            if (!valid) {
                self.API.resize();
                return;
            }
            var saved = $.extend({}, preferences, {
                days: String(chosen.days), basis: chosen.basis, scopeType: chosen.scopeType, scope: chosen.scope,
                rows: String(chosen.rows), refresh: String(chosen.refresh)
            });
            if (chosen.scopeType === 'all') {
                self.API.savePreferences(saved);
                return;
            }
            // Only Jira can tell whether a scope parses: ask the radar itself, and show its message when it refuses.
            $save.prop('disabled', true);
            $scopeError.text(AJS.I18n.getText('promise-keeper.radar.config.checking'));
            self.checkScope('/radar', radarParams(chosen, 1))
                .done(function () { self.API.savePreferences(saved); })
                .fail(function (xhr, status) {
                    if (status !== 'abort') {
                        $scopeError.text(rest.errorMessage(xhr));
                        self.API.resize();
                    }
                })
                .always(function () { $save.prop('disabled', false); });
        });
        $container.empty().append($form);
        showCustomDays();
        showScope();
        self.API.resize();
    };

    return DashboardItem;
});
