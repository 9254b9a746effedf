/**
 * promise-keeper/promises/dashboard-item: the Promises at Risk dashboard item. The Sales Commitments of
 * the chosen customers (all by default: one GET /commitments, which answers every customer's commitments a
 * page at a time with the customers' names and notice deadlines), grouped by health worst first, each with a
 * timeline of today, the promised date, the forecast and the customer's notice deadline. Preferences
 * (strings): customers (keys separated by commas, empty for all), healths (comma separated). Below the
 * promises, "What changed": the alerts of the last {@code CHANGES_DAYS} days on the same customers (one
 * GET /alerts), newest first, each with its date, kind, promise (a link) and reason. All DOM is built from text.
 */
define('promise-keeper/promises/dashboard-item', ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/gadgets'],
    function ($, rest, dom, gadgets) {
    'use strict';

    var DEFAULT_HEALTHS = ['breaches-renewal', 'overdue', 'at-risk', 'no-delivery-plan', 'on-track'];
    /** Most promises one GET /commitments answers (the server's maximum); the worst come first. */
    var LIMIT = 500;
    /** Keys per GET /commitments when customers are chosen, so that the URL stays well inside what servers accept. */
    var KEYS_PER_REQUEST = 100;
    /**
     * Most customers the item may name: its CSV export link names them all in one URL, which must stay inside what
     * servers accept (200 keys of at most 20 characters: about 4 KB).
     */
    var MAX_CUSTOMERS = 200;
    var instances = 0;
    /** How many days back "What changed" looks, and most alerts it lists. */
    var CHANGES_DAYS = 7;
    var CHANGES_LIMIT = 50;
    var DAY = 24 * 60 * 60 * 1000;

    function keysOf(text) {
        return String(text || '').split(/[\s,;]+/).map(function (key) { return key.trim().toUpperCase(); })
            .filter(function (key) { return key.length > 0; });
    }

    function settingsOf(preferences) {
        preferences = preferences || {};
        var healths = preferences.healths === undefined ? DEFAULT_HEALTHS
            : String(preferences.healths).split(',').filter(function (h) { return gadgets.HEALTHS.indexOf(h) >= 0; });
        return { customers: keysOf(preferences.customers), healths: healths.length ? healths : DEFAULT_HEALTHS };
    }

    /** Adds one GET /commitments answer to {@code found}: its commitments, total and customers by key. */
    function merge(found, answer) {
        (answer.customers || []).forEach(function (customer) { found.customers[customer.key] = customer; });
        return {
            commitments: found.commitments.concat(answer.commitments || []),
            total: found.total + (answer.total === undefined ? (answer.commitments || []).length : answer.total),
            customers: found.customers
        };
    }

    /**
     * The commitments with one of {@code healths}: of every customer in one request when {@code keys} is empty,
     * else of those customers, a request per slice of keys, in turn.
     */
    function commitmentsOf(getJson, keys, healths, found) {
        if (!keys.length && found) {
            return $.Deferred().resolve(found).promise();
        }
        found = found || { commitments: [], total: 0, customers: {} };
        var params = { health: healths.join(','), limit: LIMIT };
        if (keys.length) {
            params = { customer: keys.slice(0, KEYS_PER_REQUEST).join(','), health: params.health, limit: LIMIT };
        }
        return getJson('/commitments', params).then(function (answer) {
            var merged = merge(found, answer);
            return keys.length ? commitmentsOf(getJson, keys.slice(KEYS_PER_REQUEST), healths, merged) : merged;
        });
    }

    /** The parameters of GET /commitments.csv for what the item shows: its customers (all when none) and healths. */
    function exportParams(settings) {
        var params = { health: settings.healths.join(','), limit: LIMIT };
        if (settings.customers.length) {
            params = { customer: settings.customers.join(','), health: params.health, limit: LIMIT };
        }
        return params;
    }

    /**
     * A bar from the earliest to the latest of today, promised date, forecast and notice deadline, with a mark
     * for each; screen readers get the same dates in words, in date order.
     */
    function timeline(today, commitment, forecast, notice) {
        var marks = [
            { kind: 'today', date: today, label: AJS.I18n.getText('promise-keeper.promises.timeline.today', today) },
            { kind: 'promised', date: commitment.promisedDate, label: AJS.I18n.getText('promise-keeper.promises.timeline.promised', commitment.promisedDate) }
        ];
        if (forecast) {
            marks.push({ kind: 'forecast', date: forecast, label: AJS.I18n.getText('promise-keeper.promises.timeline.forecast', forecast) });
        }
        if (notice) {
            marks.push({ kind: 'notice', date: notice, label: AJS.I18n.getText('promise-keeper.promises.timeline.notice', notice) });
        }
        marks = marks.filter(function (mark) { return !!mark.date; });
        marks.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
        var first = marks[0].date;
        var span = Math.max(1, gadgets.daysBetween(first, marks[marks.length - 1].date));
        function position(date) {
            return (4 + 92 * gadgets.daysBetween(first, date) / span).toFixed(1) + '%';
        }
        var $bar = $('<div class="pk-timeline-bar" aria-hidden="true">');
        if (forecast && forecast > commitment.promisedDate) {
            $bar.append($('<span class="pk-timeline-slip">').css({
                left: position(commitment.promisedDate),
                width: (92 * gadgets.daysBetween(commitment.promisedDate, forecast) / span).toFixed(1) + '%'
            }));
        }
        marks.forEach(function (mark) {
            $bar.append($('<span class="pk-timeline-mark">').addClass('pk-timeline-' + mark.kind)
                .attr('data-pk-mark', mark.kind).attr('title', mark.label).css('left', position(mark.date)));
        });
        return $('<div class="pk-timeline">').append($bar,
            dom.text('span', marks.map(function (mark) { return mark.label; }).join(', ')).addClass('assistive pk-timeline-text'));
    }

    /** One health's promises: a row group of the table, headed by the health and its count. */
    function group(health, commitments, customers, today) {
        var $group = $('<tbody class="pk-promises-group">').attr('data-pk-health', health).append($('<tr>').append(
            $('<th scope="rowgroup" colspan="6" class="pk-promises-group-title">').append(gadgets.healthLozenge(health)
                .text(AJS.I18n.getText('promise-keeper.promises.group', gadgets.healthText(health), commitments.length)))));
        commitments.forEach(function (commitment) {
            var customer = customers[commitment.customer] || {};
            var forecast = gadgets.forecastOf(commitment);
            $group.append($('<tr class="pk-promise">').attr('data-pk-commitment', commitment.key).append(
                $('<td class="pk-promise-summary">').append(gadgets.issueLink(commitment.key), ' ', dom.text('span', commitment.summary)),
                dom.text('td', customer.name || commitment.customer).addClass('pk-promise-customer'),
                // data-pk-label names the date where a narrow column shows it without the header row above it.
                dom.text('td', commitment.promisedDate).addClass('pk-promise-promised pk-date')
                    .attr('data-pk-label', AJS.I18n.getText('promise-keeper.promises.column.promised')),
                dom.text('td', forecast || AJS.I18n.getText('promise-keeper.gadget.no-forecast')).addClass('pk-promise-forecast pk-date')
                    .attr('data-pk-label', AJS.I18n.getText('promise-keeper.promises.column.forecast')),
                dom.text('td', customer.noticeDeadline || '').addClass('pk-promise-notice pk-date')
                    .attr('data-pk-label', AJS.I18n.getText('promise-keeper.promises.column.notice')),
                $('<td class="pk-promise-timeline">').append(timeline(today, commitment, forecast, customer.noticeDeadline))));
        });
        return $group;
    }

    /** The timeline's colours in words (the marks themselves carry titles and a text equivalent). */
    function legend() {
        return $('<p class="pk-timeline-legend" aria-hidden="true">').append(['today', 'promised', 'forecast', 'notice'].map(function (kind) {
            var label = kind === 'today' ? AJS.I18n.getText('promise-keeper.gadget.today')
                : kind === 'promised' ? AJS.I18n.getText('promise-keeper.promises.column.promised')
                    : kind === 'forecast' ? AJS.I18n.getText('promise-keeper.promises.column.forecast')
                        : AJS.I18n.getText('promise-keeper.promises.column.notice');
            return $('<span class="pk-timeline-key">').append($('<span class="pk-timeline-swatch">').addClass('pk-timeline-' + kind), ' ',
                dom.text('span', label));
        }));
    }

    function promisesTable(groups) {
        return $('<div class="pk-promises-scroll">').append($('<table class="aui pk-promises-table">').append(
            $('<thead>').append($('<tr>').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.commitment')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.customer')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.promised')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.forecast')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.notice')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.column.timeline')).attr('scope', 'col'))),
            groups));
    }

    /** ISO date {@code days} before ISO date {@code today}. */
    function daysBefore(today, days) {
        return new Date(Date.parse(today + 'T00:00:00Z') - days * DAY).toISOString().slice(0, 10);
    }

    /** One alert as a row: date, kind, the promise it is about (a link) or its customer, and what happened. */
    function changeRow(alert) {
        var $about = alert.commitment
            ? $('<td class="pk-change-about">').append(gadgets.issueLink(alert.commitment), ' ', dom.text('span', alert.summary || ''))
            : dom.text('td', alert.customerName || alert.customer).addClass('pk-change-about');
        var $reason = $('<td class="pk-change-reason">').append(dom.text('span', alert.reason));
        if (alert.state === 'resolved' && alert.resolvedOn) {
            $reason.append(' ', dom.text('span', '(' + AJS.I18n.getText('promise-keeper.promises.changes.resolved', alert.resolvedOn) + ')')
                .addClass('pk-change-resolved'));
        }
        return $('<tr class="pk-change">').attr('data-pk-alert', alert.id).attr('data-pk-kind', alert.kind).append(
            dom.text('td', alert.raisedOn).addClass('pk-change-date pk-date'),
            $('<td class="pk-change-kind">').append(dom.text('span', alert.kindText || alert.kind)
                .addClass('aui-lozenge aui-lozenge-subtle ' + (alert.worsening ? 'aui-lozenge-removed' : 'aui-lozenge-success'))),
            $about,
            $reason);
    }

    function changesTable(alerts) {
        return $('<div class="pk-promises-scroll">').append($('<table class="aui pk-changes-table">').append(
            $('<thead>').append($('<tr>').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.changes.column.date')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.changes.column.kind')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.changes.column.commitment')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.promises.changes.column.reason')).attr('scope', 'col'))),
            $('<tbody>').append(alerts.map(changeRow))));
    }

    /**
     * Fills the "What changed" section: its heading, a status line (loading, how many, none, or the error with a
     * retry button) and the table. Customers beyond the first 100 chosen are not asked about (the server's maximum).
     */
    DashboardItem.prototype.renderChanges = function ($changes, settings, today) {
        var self = this;
        var generation = ++self.changesGeneration;
        var headingId = self.id + '-changes-title';
        var $status = $('<p class="pk-changes-status" role="status">').text(AJS.I18n.getText('promise-keeper.promises.changes.loading'));
        var $body = $('<div class="pk-changes-content">');
        $changes.empty().attr('aria-labelledby', headingId).attr('aria-busy', 'true').append(
            dom.text('h3', AJS.I18n.getText('promise-keeper.promises.changes.title')).attr('id', headingId).addClass('pk-changes-title'),
            $status, $body);
        var params = { since: daysBefore(today, CHANGES_DAYS), limit: CHANGES_LIMIT };
        if (settings.customers.length) {
            params.customer = settings.customers.slice(0, 100).join(',');
        }
        self.getAlerts('/alerts', params)
            .done(function (answer) {
                if (generation !== self.changesGeneration) {
                    return;
                }
                var alerts = answer.alerts || [];
                if (!alerts.length) {
                    $status.text(AJS.I18n.getText('promise-keeper.promises.changes.empty', CHANGES_DAYS));
                    return;
                }
                $status.text(AJS.I18n.getText('promise-keeper.promises.changes.summary', alerts.length, CHANGES_DAYS));
                $body.append(changesTable(alerts));
            })
            .fail(function (xhr, status) {
                if (status === 'abort' || generation !== self.changesGeneration) {
                    return;
                }
                $status.text(AJS.I18n.getText('promise-keeper.promises.changes.error', rest.errorMessage(xhr)));
                $body.append(gadgets.retryButton(function () { self.renderChanges($changes, settings, today); }).addClass('pk-changes-retry'));
            })
            .always(function () {
                if (generation === self.changesGeneration) {
                    $changes.attr('aria-busy', 'false');
                    self.API.resize();
                }
            });
    };

    function DashboardItem(API) {
        this.API = API;
        this.getJson = rest.latestOnly();
        this.getAlerts = rest.latestOnly();
        this.changesGeneration = 0;
        this.generation = 0;
        this.id = 'pk-promises-' + (++instances);
    }

    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var generation = ++self.generation;
        var $container = $(context);
        var settings = settingsOf(preferences);
        var today = $container.find('.pk-promises').attr('data-pk-today');
        var $status = $container.find('.pk-promises-status');
        var $content = $container.find('.pk-promises-content');
        var customers = {};
        self.renderChanges($container.find('.pk-promises-changes'), settings, today);

        $container.find('.pk-promises').attr('aria-busy', 'true');
        $status.text(AJS.I18n.getText('promise-keeper.promises.loading'));
        self.API.showLoadingBar();
        commitmentsOf(self.getJson, settings.customers, settings.healths)
            .done(function (found) {
                if (generation !== self.generation) {
                    return;
                }
                var commitments = found.commitments;
                customers = found.customers;
                $content.empty();
                if (!commitments.length) {
                    $status.text(AJS.I18n.getText('promise-keeper.promises.empty'));
                    return;
                }
                var customerCount = {};
                commitments.forEach(function (commitment) { customerCount[commitment.customer] = true; });
                $status.text(AJS.I18n.getText('promise-keeper.promises.summary', commitments.length, Object.keys(customerCount).length)
                    + (found.total > commitments.length ? ' ' + AJS.I18n.getText('promise-keeper.promises.more', found.total) : ''));
                var groups = [];
                gadgets.HEALTHS.filter(function (health) { return settings.healths.indexOf(health) >= 0; }).forEach(function (health) {
                    var inGroup = commitments.filter(function (c) { return c.health === health; }).sort(function (a, b) {
                        return a.promisedDate < b.promisedDate ? -1 : a.promisedDate > b.promisedDate ? 1 : a.key < b.key ? -1 : 1;
                    });
                    if (inGroup.length) {
                        groups.push(group(health, inGroup, customers, today));
                    }
                });
                $content.append($('<p class="pk-promises-actions">').append(gadgets.exportLink(
                    rest.url('/commitments.csv', exportParams(settings)),
                    AJS.I18n.getText('promise-keeper.promises.export-csv.label'))), legend(), promisesTable(groups));
            })
            .fail(function (xhr, status) {
                if (status === 'abort' || generation !== self.generation) {
                    return;
                }
                $content.empty().append(gadgets.retryButton(function () { self.render(context, preferences); }).addClass('pk-promises-retry'));
                $status.text(AJS.I18n.getText('promise-keeper.promises.error', rest.errorMessage(xhr)));
            })
            .always(function () {
                if (generation === self.generation) {
                    $container.find('.pk-promises').attr('aria-busy', 'false');
                    self.API.hideLoadingBar();
                    self.API.resize();
                }
            });
    };

    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var $container = $(context);
        var settings = settingsOf(preferences);
        var id = self.id + '-config';
        self.generation++;
        self.changesGeneration++;

        var $customers = $('<input type="text" class="text long-field" name="customers">').val(settings.customers.join(', '));
        var $customersError = $('<div class="error pk-promises-customers-error" role="alert">');
        var $healths = $('<fieldset class="group">').append(dom.text('legend', AJS.I18n.getText('promise-keeper.promises.config.healths')));
        gadgets.HEALTHS.forEach(function (health) {
            var checkboxId = id + '-' + health;
            $healths.append($('<div class="checkbox">').append(
                $('<input type="checkbox" class="checkbox" name="healths">').attr('id', checkboxId).val(health)
                    .prop('checked', settings.healths.indexOf(health) >= 0),
                $('<label>').attr('for', checkboxId).text(gadgets.healthText(health))));
        });
        var $healthsError = $('<div class="error" role="alert">');
        var $save = $('<button type="submit" class="aui-button aui-button-primary">').text(AJS.I18n.getText('promise-keeper.promises.config.save'));
        var $cancel = $('<button type="button" class="aui-button aui-button-link">').text(AJS.I18n.getText('promise-keeper.promises.config.cancel'));
        var $form = $('<form class="aui pk-promises-config" novalidate>').append(
            dom.fieldGroup(id + '-customers', AJS.I18n.getText('promise-keeper.promises.config.customers'), $customers, $customersError),
            $healths, $healthsError,
            $('<div class="buttons-container">').append($('<div class="buttons">').append($save, ' ', $cancel)));

        $cancel.on('click', function () { self.API.savePreferences(preferences || {}); });
        $form.on('submit', function (event) {
            event.preventDefault();
            $form.find('.error').text('');
            var healths = $healths.find('input:checked').map(function () { return this.value; }).get();
            if (!healths.length) {
                $healthsError.text(AJS.I18n.getText('promise-keeper.promises.config.healths.none'));
                self.API.resize();
                return;
            }
            var keys = keysOf($customers.val());
            if (keys.length > MAX_CUSTOMERS) {
                $customersError.text(AJS.I18n.getText('promise-keeper.promises.config.customers.too-many', keys.length, MAX_CUSTOMERS));
                self.API.resize();
                return;
            }
            var saved = $.extend({}, preferences, { customers: keys.join(','), healths: healths.join(',') });
            if (!keys.length) {
                self.API.savePreferences(saved);
                return;
            }
            // The server says whether the keys are customer keys: its message shows under the field.
            $save.prop('disabled', true);
            self.getJson('/commitments', { customer: keys.slice(0, KEYS_PER_REQUEST).join(','), health: healths.join(',') })
                .done(function () { self.API.savePreferences(saved); })
                .fail(function (xhr, status) {
                    if (status !== 'abort') {
                        $customersError.text(rest.errorMessage(xhr));
                        self.API.resize();
                    }
                })
                .always(function () { $save.prop('disabled', false); });
        });
        $container.empty().append($form);
        self.API.resize();
    };

    return DashboardItem;
});
