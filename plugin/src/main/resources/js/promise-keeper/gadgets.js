/**
 * promise-keeper/gadgets: what both dashboard gadgets (Renewal Radar, Promises at Risk) show alike —
 * lozenges with their meaning in words, money, dates, counts and issue links. Everything is built from
 * text nodes; texts come from the i18n properties through literal keys only.
 */
define('promise-keeper/gadgets', ['jquery', 'wrm/context-path', 'promise-keeper/dom'], function ($, contextPath, dom) {
    'use strict';

    /** Healths, worst first, as GET /commitments and GET /radar name them. */
    var HEALTHS = ['breaches-renewal', 'overdue', 'at-risk', 'no-delivery-plan', 'on-track', 'delivered-late', 'delivered'];
    /** The healths that count as "at risk" in the radar's header. */
    var AT_RISK = ['breaches-renewal', 'overdue', 'at-risk', 'no-delivery-plan'];
    var PRIORITIES = ['blocker', 'critical', 'high', 'medium', 'low', 'other'];
    var DAY = 24 * 60 * 60 * 1000;

    function healthText(health) {
        switch (health) {
            case 'breaches-renewal': return AJS.I18n.getText('promise-keeper.gadget.health.breaches-renewal');
            case 'overdue': return AJS.I18n.getText('promise-keeper.gadget.health.overdue');
            case 'at-risk': return AJS.I18n.getText('promise-keeper.gadget.health.at-risk');
            case 'no-delivery-plan': return AJS.I18n.getText('promise-keeper.gadget.health.no-delivery-plan');
            case 'on-track': return AJS.I18n.getText('promise-keeper.gadget.health.on-track');
            case 'delivered-late': return AJS.I18n.getText('promise-keeper.gadget.health.delivered-late');
            case 'delivered': return AJS.I18n.getText('promise-keeper.gadget.health.delivered');
            default: return String(health || '');
        }
    }

    function riskText(risk) {
        switch (risk) {
            case 'high': return AJS.I18n.getText('promise-keeper.gadget.risk.high');
            case 'medium': return AJS.I18n.getText('promise-keeper.gadget.risk.medium');
            case 'low': return AJS.I18n.getText('promise-keeper.gadget.risk.low');
            default: return String(risk || '');
        }
    }

    function priorityText(priority) {
        switch (priority) {
            case 'blocker': return AJS.I18n.getText('promise-keeper.gadget.priority.blocker');
            case 'critical': return AJS.I18n.getText('promise-keeper.gadget.priority.critical');
            case 'high': return AJS.I18n.getText('promise-keeper.gadget.priority.high');
            case 'medium': return AJS.I18n.getText('promise-keeper.gadget.priority.medium');
            case 'low': return AJS.I18n.getText('promise-keeper.gadget.priority.low');
            default: return AJS.I18n.getText('promise-keeper.gadget.priority.other');
        }
    }

    /** An AUI lozenge whose text says what its colour means. */
    function lozenge(text, kind, subtle) {
        return $('<span class="aui-lozenge">').addClass('aui-lozenge-' + kind).toggleClass('aui-lozenge-subtle', !!subtle)
            .text(text);
    }

    function riskLozenge(risk) {
        var kind = risk === 'high' ? 'removed' : risk === 'medium' ? 'moved' : 'success';
        return lozenge(riskText(risk), kind).addClass('pk-risk').attr('data-pk-risk', risk);
    }

    function healthLozenge(health) {
        var kind = health === 'breaches-renewal' || health === 'overdue' ? 'removed'
            : health === 'at-risk' || health === 'no-delivery-plan' || health === 'delivered-late' ? 'moved'
                : health === 'on-track' ? 'current' : 'success';
        return lozenge(healthText(health), kind, true).addClass('pk-health').attr('data-pk-health', health);
    }

    function isAtRisk(commitment) {
        return AT_RISK.indexOf(commitment && commitment.health) >= 0;
    }

    function locale() {
        var meta = window.AJS && AJS.Meta && typeof AJS.Meta.get === 'function' && AJS.Meta.get('user-locale');
        return String(meta || document.documentElement.lang || 'en').replace('_', '-');
    }

    /** {"amount":"120000.00","currency":"USD"} in the viewer's locale; the raw text when the browser cannot. */
    function money(value) {
        if (!value || value.amount === undefined) {
            return '';
        }
        try {
            return new Intl.NumberFormat(locale(), { style: 'currency', currency: value.currency, maximumFractionDigits: 0 })
                .format(Number(value.amount));
        } catch (e) {
            return value.amount + ' ' + value.currency;
        }
    }

    /** Days from ISO date {@code from} to ISO date {@code to} (both yyyy-mm-dd, counted in UTC). */
    function daysBetween(from, to) {
        return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY);
    }

    function daysLeftText(days) {
        if (days === 0) {
            return AJS.I18n.getText('promise-keeper.gadget.today');
        }
        return days < 0 ? AJS.I18n.getText('promise-keeper.gadget.days-ago', -days)
            : AJS.I18n.getText('promise-keeper.gadget.days-left', days);
    }

    /** The latest forecast of a commitment's delivering epics; null when an epic has none or no epic is linked. */
    function forecastOf(commitment) {
        var epics = commitment.epics || [];
        if (!epics.length) {
            return null;
        }
        var latest = null;
        for (var i = 0; i < epics.length; i++) {
            if (!epics[i].forecast) {
                return null;
            }
            latest = latest === null || epics[i].forecast > latest ? epics[i].forecast : latest;
        }
        return latest;
    }

    /** A link to an issue in this Jira, through the context path. */
    function issueLink(key, text) {
        return $('<a>').attr('href', contextPath() + '/browse/' + encodeURIComponent(key)).text(text === undefined ? key : text);
    }

    /** "1 blocker, 2 high" from {"blocker":1,"high":2}, most urgent first; "none" when empty. */
    function priorityCounts(byPriority) {
        var parts = [];
        PRIORITIES.forEach(function (priority) {
            if (byPriority && byPriority[priority]) {
                parts.push(AJS.I18n.getText('promise-keeper.gadget.count', byPriority[priority], priorityText(priority)));
            }
        });
        return parts.length ? parts.join(', ') : AJS.I18n.getText('promise-keeper.gadget.none');
    }

    /** One lozenge per health present with its count ("2 At risk"), worst first; "none" when there are no commitments. */
    function healthCounts(commitments) {
        var $cell = $('<span class="pk-health-counts">');
        HEALTHS.forEach(function (health) {
            var count = (commitments || []).filter(function (c) { return c.health === health; }).length;
            if (count) {
                $cell.append(healthLozenge(health).text(AJS.I18n.getText('promise-keeper.gadget.count', count, healthText(health))), ' ');
            }
        });
        return $cell.children().length ? $cell : $cell.text(AJS.I18n.getText('promise-keeper.gadget.none'));
    }

    /**
     * The item's "Export CSV" link: a plain link to {@code href} (the CSV twin of the item's request, with its
     * parameters), which the browser downloads; a link, so it is reached and followed with the keyboard.
     * {@code title} says what is exported.
     */
    function exportLink(href, title) {
        return $('<a class="aui-button pk-export-csv" download>').attr('href', href).attr('title', title)
            .text(AJS.I18n.getText('promise-keeper.gadget.export-csv'));
    }

    /** Whether {@code element} is still in the page (Jira removes an item's element when it is removed from the dashboard). */
    function isOnPage(element) {
        return !!element && document.documentElement.contains(element);
    }

    /**
     * Calls {@code refresh} in {@code minutes}, unless {@code element} has left the page by then: a dashboard item
     * that was removed is never fetched or drawn again, and since nothing arms the next timer, its refresh stops.
     * Returns the timer for clearTimeout.
     */
    function refreshLater(element, minutes, refresh) {
        return setTimeout(function () {
            if (isOnPage(element)) {
                refresh();
            }
        }, minutes * 60 * 1000);
    }

    /** An error's retry button. */
    function retryButton(onClick) {
        return dom.button(AJS.I18n.getText('promise-keeper.gadget.retry'), onClick).addClass('pk-retry');
    }

    return {
        HEALTHS: HEALTHS,
        healthText: healthText,
        riskLozenge: riskLozenge,
        healthLozenge: healthLozenge,
        isAtRisk: isAtRisk,
        money: money,
        daysBetween: daysBetween,
        daysLeftText: daysLeftText,
        forecastOf: forecastOf,
        issueLink: issueLink,
        priorityCounts: priorityCounts,
        healthCounts: healthCounts,
        retryButton: retryButton,
        exportLink: exportLink,
        isOnPage: isOnPage,
        refreshLater: refreshLater
    };
});
