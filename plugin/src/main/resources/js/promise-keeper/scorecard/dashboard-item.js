/**
 * promise-keeper/scorecard/dashboard-item: the Promise Scorecard dashboard item. One GET /scorecard for the chosen
 * period (the last four full quarters by default) and scope of delivering epics; shows the outcomes of the promises
 * due in it as figures and as a stacked bar per quarter, the value at risk by quarter of renewal (only when the
 * answer has it: the money right), the share of open epics that deliver a promise and the customers with the most
 * broken promises. Charts are SVG built from the data with DOM APIs (createElementNS, textContent), hidden from
 * screen readers, which get the same numbers as tables. Preferences (strings): period (default|custom), from, to,
 * scopeType (all|project|filter|jql), scope.
 */
define('promise-keeper/scorecard/dashboard-item', ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/gadgets'],
    function ($, rest, dom, gadgets) {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    /** Outcomes in the order the answer counts them, with the property each quarter carries them under. */
    var OUTCOMES = [
        { id: 'kept-on-time', property: 'keptOnTime' },
        { id: 'delivered-late', property: 'deliveredLate' },
        { id: 'breached', property: 'breached' },
        { id: 'open', property: 'open' }
    ];
    var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
    var instances = 0;

    function outcomeText(outcome) {
        switch (outcome) {
            case 'kept-on-time': return AJS.I18n.getText('promise-keeper.scorecard.outcome.kept-on-time');
            case 'delivered-late': return AJS.I18n.getText('promise-keeper.scorecard.outcome.delivered-late');
            case 'breached': return AJS.I18n.getText('promise-keeper.scorecard.outcome.breached');
            default: return AJS.I18n.getText('promise-keeper.scorecard.outcome.open');
        }
    }

    function settingsOf(preferences) {
        preferences = preferences || {};
        var custom = preferences.period === 'custom' && ISO_DATE.test(preferences.from || '') && ISO_DATE.test(preferences.to || '');
        var scopeType = ['project', 'filter', 'jql'].indexOf(preferences.scopeType) >= 0 ? preferences.scopeType : 'all';
        return {
            period: custom ? 'custom' : 'default',
            from: custom ? preferences.from : '',
            to: custom ? preferences.to : '',
            scopeType: scopeType,
            scope: scopeType === 'all' ? '' : String(preferences.scope || '')
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

    function scorecardParams(settings) {
        var params = {};
        if (settings.period === 'custom') {
            params.from = settings.from;
            params.to = settings.to;
        }
        var scope = scopeJql(settings);
        if (scope) {
            params.scope = scope;
        }
        return params;
    }

    /** An SVG element {@code tag} with {@code attributes}. */
    function svg(tag, attributes) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, String(attributes[name]));
        });
        return node;
    }

    /** SVG text holding {@code value} as text, never markup. */
    function svgText(value, attributes) {
        var node = svg('text', attributes);
        node.textContent = String(value);
        return node;
    }

    /** The headline figures: each outcome's count and share, the median slip and the open epics that deliver a promise. */
    function figures(answer) {
        var $list = $('<dl class="pk-scorecard-figures">');
        answer.outcomes.forEach(function (outcome) {
            $list.append($('<div class="pk-scorecard-figure">').attr('data-pk-outcome', outcome.outcome).append(
                dom.text('dt', outcomeText(outcome.outcome)),
                dom.text('dd', AJS.I18n.getText('promise-keeper.scorecard.figure', outcome.percent, outcome.count))));
        });
        $list.append($('<div class="pk-scorecard-figure" data-pk-figure="slip">').append(
            dom.text('dt', AJS.I18n.getText('promise-keeper.scorecard.slip')),
            dom.text('dd', answer.medianSlipDays === undefined || answer.medianSlipDays === null
                ? AJS.I18n.getText('promise-keeper.scorecard.slip.none')
                : AJS.I18n.getText('promise-keeper.scorecard.slip.days', answer.medianSlipDays))));
        return $list.append(epicsFigure(answer.epics));
    }

    /** The share of open epics in the scope that deliver a promise. */
    function epicsFigure(epics) {
        return $('<div class="pk-scorecard-figure" data-pk-figure="epics">').append(
            dom.text('dt', AJS.I18n.getText('promise-keeper.scorecard.epics')),
            dom.text('dd', AJS.I18n.getText('promise-keeper.scorecard.epics.share', epics.percent, epics.deliveringPromise, epics.open)));
    }

    /** A stacked bar per quarter of the period, one segment per outcome; screen readers read the table instead. */
    function outcomesChart(quarters) {
        var width = 320;
        var height = 140;
        var top = 16;
        var bottom = 20;
        var most = Math.max.apply(null, quarters.map(function (q) {
            return q.keptOnTime + q.deliveredLate + q.breached + q.open;
        }).concat([1]));
        var slot = width / quarters.length;
        var barWidth = Math.min(48, slot * 0.6);
        var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'presentation', focusable: 'false',
            'aria-hidden': 'true', 'class': 'pk-scorecard-chart pk-scorecard-outcomes-chart' });
        chart.appendChild(svg('line', { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, 'class': 'pk-scorecard-axis' }));
        quarters.forEach(function (quarter, index) {
            var x = index * slot + (slot - barWidth) / 2;
            var y = height - bottom;
            var total = 0;
            OUTCOMES.forEach(function (outcome) {
                var count = quarter[outcome.property];
                if (!count) {
                    return;
                }
                var barHeight = (height - top - bottom) * count / most;
                y -= barHeight;
                total += count;
                chart.appendChild(svg('rect', { x: x.toFixed(1), y: y.toFixed(1), width: barWidth.toFixed(1),
                    height: barHeight.toFixed(1), 'class': 'pk-scorecard-bar pk-scorecard-' + outcome.id,
                    'data-pk-quarter': quarter.quarter, 'data-pk-outcome': outcome.id, 'data-pk-count': count }));
            });
            chart.appendChild(svgText(total, { x: (x + barWidth / 2).toFixed(1), y: (y - 4).toFixed(1),
                'text-anchor': 'middle', 'class': 'pk-scorecard-chart-total' }));
            chart.appendChild(svgText(quarter.quarter, { x: (x + barWidth / 2).toFixed(1), y: height - 5,
                'text-anchor': 'middle', 'class': 'pk-scorecard-chart-label' }));
        });
        return chart;
    }

    /** The outcome colours in words. */
    function legend() {
        return $('<p class="pk-scorecard-legend" aria-hidden="true">').append(OUTCOMES.map(function (outcome) {
            return $('<span class="pk-scorecard-key">').append(
                $('<span class="pk-scorecard-swatch">').addClass('pk-scorecard-' + outcome.id), ' ', dom.text('span', outcomeText(outcome.id)));
        }));
    }

    /** The chart's numbers as a table, for screen readers (visually hidden). */
    function outcomesTable(quarters) {
        var $head = $('<tr>').append(dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.quarter')).attr('scope', 'col'));
        OUTCOMES.forEach(function (outcome) {
            $head.append(dom.text('th', outcomeText(outcome.id)).attr('scope', 'col'));
        });
        return $('<table class="aui assistive pk-scorecard-outcomes-table">').append(
            dom.text('caption', AJS.I18n.getText('promise-keeper.scorecard.chart.outcomes')),
            $('<thead>').append($head),
            $('<tbody>').append(quarters.map(function (quarter) {
                var $row = $('<tr>').attr('data-pk-quarter', quarter.quarter)
                    .append(dom.text('th', quarter.quarter).attr('scope', 'row'));
                OUTCOMES.forEach(function (outcome) {
                    $row.append(dom.text('td', quarter[outcome.property]).attr('data-pk-outcome', outcome.id));
                });
                return $row;
            })));
    }

    /** A bar per quarter of renewal with the value at risk against it; screen readers read the table instead. */
    function valueChart(values) {
        var width = 320;
        var rowHeight = 22;
        var labelWidth = 64;
        var height = values.length * rowHeight + 4;
        var most = Math.max.apply(null, values.map(function (v) { return Number(v.value.amount) || 0; }).concat([1]));
        var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'presentation', focusable: 'false',
            'aria-hidden': 'true', 'class': 'pk-scorecard-chart pk-scorecard-value-chart' });
        values.forEach(function (value, index) {
            var y = index * rowHeight + 2;
            var amount = Number(value.value.amount) || 0;
            var barWidth = (width - labelWidth - 96) * amount / most;
            chart.appendChild(svgText(value.quarter, { x: 0, y: y + 15, 'class': 'pk-scorecard-chart-label' }));
            chart.appendChild(svg('rect', { x: labelWidth, y: y + 3, width: barWidth.toFixed(1), height: rowHeight - 8,
                'class': 'pk-scorecard-bar pk-scorecard-value', 'data-pk-quarter': value.quarter }));
            chart.appendChild(svgText(gadgets.money(value.value), { x: (labelWidth + barWidth + 4).toFixed(1), y: y + 15,
                'class': 'pk-scorecard-chart-total' }));
        });
        return chart;
    }

    function valueTable(values) {
        return $('<table class="aui assistive pk-scorecard-value-table">').append(
            dom.text('caption', AJS.I18n.getText('promise-keeper.scorecard.value')),
            $('<thead>').append($('<tr>').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.renewal-quarter')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.value')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.customers')).attr('scope', 'col'))),
            $('<tbody>').append(values.map(function (value) {
                return $('<tr>').attr('data-pk-quarter', value.quarter).append(
                    dom.text('th', value.quarter).attr('scope', 'row'),
                    dom.text('td', gadgets.money(value.value)),
                    dom.text('td', value.customers));
            })));
    }

    /** The value at risk, when the answer has it (viewers with the money right). */
    function valueSection(values) {
        var $section = $('<section class="pk-scorecard-section pk-scorecard-value-section">')
            .append(dom.text('h4', AJS.I18n.getText('promise-keeper.scorecard.value')));
        if (!values.length) {
            return $section.append(dom.text('p', AJS.I18n.getText('promise-keeper.scorecard.value.none')));
        }
        var missing = [];
        values.forEach(function (value) {
            (value.value.missingRates || []).forEach(function (code) {
                if (missing.indexOf(code) < 0) {
                    missing.push(code);
                }
            });
        });
        $section.append(valueChart(values), valueTable(values));
        if (missing.length) {
            $section.append(dom.text('p', AJS.I18n.getText('promise-keeper.scorecard.value.partial', missing.join(', ')))
                .addClass('pk-scorecard-note'));
        }
        return $section;
    }

    function customersSection(customers) {
        var $section = $('<section class="pk-scorecard-section pk-scorecard-customers-section">')
            .append(dom.text('h4', AJS.I18n.getText('promise-keeper.scorecard.customers')));
        if (!customers.length) {
            return $section.append(dom.text('p', AJS.I18n.getText('promise-keeper.scorecard.customers.none')));
        }
        return $section.append($('<table class="aui pk-scorecard-customers">').append(
            $('<thead>').append($('<tr>').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.customer')).attr('scope', 'col'),
                dom.text('th', outcomeText('delivered-late')).attr('scope', 'col'),
                dom.text('th', outcomeText('breached')).attr('scope', 'col'),
                dom.text('th', AJS.I18n.getText('promise-keeper.scorecard.column.promised')).attr('scope', 'col'))),
            $('<tbody>').append(customers.map(function (customer) {
                return $('<tr>').attr('data-pk-customer', customer.key).append(
                    dom.text('th', customer.name).attr('scope', 'row'),
                    dom.text('td', customer.late),
                    dom.text('td', customer.breached),
                    dom.text('td', customer.promised));
            }))));
    }

    function DashboardItem(API) {
        this.API = API;
        this.getJson = rest.latestOnly();
        this.checkSettings = rest.latestOnly();
        this.generation = 0;
        this.id = 'pk-scorecard-' + (++instances);
    }

    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var generation = ++self.generation;
        var $container = $(context);
        var settings = settingsOf(preferences);
        var $status = $container.find('.pk-scorecard-status');
        var $content = $container.find('.pk-scorecard-content');

        $container.find('.pk-scorecard').attr('aria-busy', 'true');
        $status.text(AJS.I18n.getText('promise-keeper.scorecard.loading'));
        self.API.showLoadingBar();
        self.getJson('/scorecard', scorecardParams(settings))
            .done(function (answer) {
                if (generation !== self.generation) {
                    return;
                }
                $content.empty();
                if (!answer.promised) {
                    $status.text(AJS.I18n.getText('promise-keeper.scorecard.empty', answer.from, answer.to));
                    $content.append($('<dl class="pk-scorecard-figures">').append(epicsFigure(answer.epics)));
                    return;
                }
                var kept = answer.outcomes.filter(function (outcome) { return outcome.outcome === 'kept-on-time'; })[0] || { percent: 0 };
                $status.text(AJS.I18n.getText('promise-keeper.scorecard.summary', answer.promised, answer.from, answer.to, kept.percent));
                $content.append(
                    figures(answer),
                    $('<section class="pk-scorecard-section pk-scorecard-outcomes-section">').append(
                        dom.text('h4', AJS.I18n.getText('promise-keeper.scorecard.chart.outcomes')),
                        outcomesChart(answer.quarters), legend(), outcomesTable(answer.quarters)));
                if (answer.valueAtRisk) {
                    $content.append(valueSection(answer.valueAtRisk));
                }
                $content.append(customersSection(answer.customers || []));
            })
            .fail(function (xhr, status) {
                if (status === 'abort' || generation !== self.generation) {
                    return;
                }
                $content.empty().append(gadgets.retryButton(function () { self.render(context, preferences); }).addClass('pk-scorecard-retry'));
                $status.text(AJS.I18n.getText('promise-keeper.scorecard.error', rest.errorMessage(xhr)));
            })
            .always(function () {
                if (generation === self.generation) {
                    $container.find('.pk-scorecard').attr('aria-busy', 'false');
                    self.API.hideLoadingBar();
                    self.API.resize();
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
        var settings = settingsOf(preferences);
        var id = self.id + '-config';
        self.generation++;

        var $period = auiSelect('period', [
            { value: 'default', text: AJS.I18n.getText('promise-keeper.scorecard.config.period.default') },
            { value: 'custom', text: AJS.I18n.getText('promise-keeper.scorecard.config.period.custom') }], settings.period);
        var $from = $('<input type="date" class="text medium-field" name="from">').val(settings.from);
        var $to = $('<input type="date" class="text medium-field" name="to">').val(settings.to);
        var $periodError = $('<div class="error pk-scorecard-period-error" role="alert">');
        var $scopeType = auiSelect('scopeType', [
            { value: 'all', text: AJS.I18n.getText('promise-keeper.scorecard.config.scope.all') },
            { value: 'project', text: AJS.I18n.getText('promise-keeper.radar.config.scope.project') },
            { value: 'filter', text: AJS.I18n.getText('promise-keeper.radar.config.scope.filter') },
            { value: 'jql', text: AJS.I18n.getText('promise-keeper.radar.config.scope.jql') }], settings.scopeType);
        var $scope = $('<input type="text" class="text long-field" name="scope">').val(settings.scope);
        var $scopeError = $('<div class="error pk-scorecard-scope-error" role="alert">');
        var $save = $('<button type="submit" class="aui-button aui-button-primary">').text(AJS.I18n.getText('promise-keeper.scorecard.config.save'));
        var $cancel = $('<button type="button" class="aui-button aui-button-link">').text(AJS.I18n.getText('promise-keeper.scorecard.config.cancel'));

        function showChoices() {
            var custom = $period.val() === 'custom';
            $from.closest('.field-group').prop('hidden', !custom);
            $to.closest('.field-group').prop('hidden', !custom);
            $scope.closest('.field-group').prop('hidden', $scopeType.val() === 'all');
        }

        var $form = $('<form class="aui pk-scorecard-config" novalidate>').append(
            dom.fieldGroup(id + '-period', AJS.I18n.getText('promise-keeper.scorecard.config.period'), $period),
            dom.fieldGroup(id + '-from', AJS.I18n.getText('promise-keeper.scorecard.config.from'), $from),
            dom.fieldGroup(id + '-to', AJS.I18n.getText('promise-keeper.scorecard.config.to'), $to, $periodError),
            dom.fieldGroup(id + '-scope-type', AJS.I18n.getText('promise-keeper.scorecard.config.scope'), $scopeType),
            dom.fieldGroup(id + '-scope', AJS.I18n.getText('promise-keeper.radar.config.scope.value'), $scope, $scopeError),
            $('<div class="buttons-container">').append($('<div class="buttons">').append($save, ' ', $cancel)));
        $period.on('change', showChoices);
        $scopeType.on('change', showChoices);
        $cancel.on('click', function () { self.API.savePreferences(preferences || {}); });
        $form.on('submit', function (event) {
            event.preventDefault();
            $form.find('.error').text('');
            var chosen = {
                period: $period.val() === 'custom' ? 'custom' : 'default',
                from: $period.val() === 'custom' ? String($from.val() || '').trim() : '',
                to: $period.val() === 'custom' ? String($to.val() || '').trim() : '',
                scopeType: $scopeType.val(),
                scope: $scopeType.val() === 'all' ? '' : String($scope.val() || '').trim()
            };
            var valid = true;
            if (chosen.period === 'custom' && (!ISO_DATE.test(chosen.from) || !ISO_DATE.test(chosen.to))) {
                $periodError.text(AJS.I18n.getText('promise-keeper.scorecard.config.dates.missing'));
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
            var saved = $.extend({}, preferences, chosen);
            if (chosen.period === 'default' && chosen.scopeType === 'all') {
                self.API.savePreferences(saved);
                return;
            }
            // Only the server can tell whether the period is allowed and Jira whether the scope parses: ask the
            // scorecard itself, and show its message under the field it names.
            $save.prop('disabled', true);
            self.checkSettings('/scorecard', scorecardParams(chosen))
                .done(function () { self.API.savePreferences(saved); })
                .fail(function (xhr, status) {
                    if (status === 'abort') {
                        return;
                    }
                    var errors = (xhr.responseJSON && xhr.responseJSON.errors) || [];
                    var onScope = errors.some(function (error) { return error.field === 'scope'; });
                    (onScope ? $scopeError : $periodError).text(rest.errorMessage(xhr));
                    self.API.resize();
                })
                .always(function () { $save.prop('disabled', false); });
        });
        $container.empty().append($form);
        showChoices();
        self.API.resize();
    };

    return DashboardItem;
});
