/**
 * promise-keeper/radar/dashboard-item: the Renewal Radar dashboard item. Jira calls render(context,
 * preferences) and, when the user configures it, renderEdit(context, preferences). All DOM is built from
 * text; no data ever goes through innerHTML.
 */
define('promise-keeper/radar/dashboard-item', ['jquery', 'promise-keeper/rest'], function ($, rest) {
    'use strict';

    // Texts are looked up with literal keys only: Jira's jsI18n transformer inlines them when it serves the file.
    var MAX_DAYS = 3650;

    function windowDays(preferences, $container) {
        var days = parseInt(preferences && preferences.days, 10);
        if (days >= 1 && days <= MAX_DAYS) {
            return days;
        }
        return parseInt($container.find('.pk-radar').attr('data-pk-days'), 10) || 90;
    }

    function cell(tag, value) {
        return $('<' + tag + '>').text(value === undefined || value === null ? '' : String(value));
    }

    function table(renewals) {
        var $head = $('<tr>').append(
            cell('th', AJS.I18n.getText('promise-keeper.radar.column.customer')).attr('scope', 'col'),
            cell('th', AJS.I18n.getText('promise-keeper.radar.column.renewal')).attr('scope', 'col'),
            cell('th', AJS.I18n.getText('promise-keeper.radar.column.notice')).attr('scope', 'col'),
            cell('th', AJS.I18n.getText('promise-keeper.radar.column.days')).attr('scope', 'col'));
        var $body = $('<tbody>');
        renewals.forEach(function (renewal) {
            $body.append($('<tr>').attr('data-pk-customer', renewal.key).append(
                cell('td', renewal.name),
                cell('td', renewal.renewal),
                cell('td', renewal.noticeDeadline),
                cell('td', renewal.daysLeft)));
        });
        return $('<table class="aui pk-radar-table">').append($('<thead>').append($head), $body);
    }

    function DashboardItem(API) {
        this.API = API;
        this.getJson = rest.latestOnly();
    }

    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var $container = $(context);
        var days = windowDays(preferences, $container);
        var $status = $container.find('.pk-radar-status');
        var $content = $container.find('.pk-radar-content');

        self.API.showLoadingBar();
        self.getJson('/renewals', { days: days })
            .done(function (answer) {
                $content.empty();
                if (!answer.renewals.length) {
                    $status.text(AJS.I18n.getText('promise-keeper.radar.empty', answer.days));
                    return;
                }
                $status.text(AJS.I18n.getText('promise-keeper.radar.summary', answer.renewals.length, answer.days));
                $content.append(table(answer.renewals));
            })
            .fail(function (xhr, status) {
                if (status === 'abort') {
                    return;
                }
                $content.empty().append($('<button type="button" class="aui-button pk-radar-retry">')
                    .text(AJS.I18n.getText('promise-keeper.radar.retry'))
                    .on('click', function () { self.render(context, preferences); }));
                $status.text(AJS.I18n.getText('promise-keeper.radar.error', rest.errorMessage(xhr)));
            })
            .always(function () {
                self.API.hideLoadingBar();
                self.API.resize();
            });
    };

    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var $container = $(context);
        var $input = $('<input type="number" class="text" name="days" min="1" required>')
            .attr('max', MAX_DAYS).val(windowDays(preferences, $container));
        var $error = $('<div class="error" role="alert">');
        var $form = $('<form class="aui pk-radar-config">').append(
            $('<div class="field-group">').append(
                $('<label for="pk-radar-days">').text(AJS.I18n.getText('promise-keeper.radar.config.days')),
                $input.attr('id', 'pk-radar-days'), $error),
            $('<div class="buttons-container">').append(
                $('<button type="submit" class="aui-button aui-button-primary">')
                    .text(AJS.I18n.getText('promise-keeper.radar.config.save'))));
        $form.on('submit', function (event) {
            event.preventDefault();
            var days = Number($input.val());
            if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
                $error.text(AJS.I18n.getText('promise-keeper.radar.config.invalid'));
                return;
            }
            self.API.savePreferences($.extend({}, preferences, { days: String(days) }));
        });
        $container.empty().append($form);
        self.API.resize();
    };

    return DashboardItem;
});
