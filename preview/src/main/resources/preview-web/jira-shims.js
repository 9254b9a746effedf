/**
 * What Jira provides to the plugin's scripts, for the preview: the AMD modules "jquery" and
 * "wrm/context-path", and AJS.I18n.getText(key, args...) over the plugin's own properties file (loaded by
 * i18n.js into window.pkPreviewTexts) with java.text.MessageFormat's rules. Inside Jira the jsI18n
 * transformer does the lookup when it serves the file; the result is the same text.
 */
(function (global, $) {
    'use strict';

    define('jquery', [], function () { return $; });

    define('wrm/context-path', [], function () {
        var contextPath = document.documentElement.getAttribute('data-context-path') || '';
        return function () { return contextPath; };
    });

    function formatArgument(value, type, style, placeholder) {
        if (value === undefined) {
            return '{' + placeholder + '}';
        }
        if (!type) {
            return typeof value === 'number' ? value.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(value);
        }
        if (type === 'number' && style === '#') {
            return String(Math.round(Number(value)));
        }
        if (type === 'number' && (style === undefined || style === 'integer')) {
            return Number(value).toLocaleString('en-US', { maximumFractionDigits: style ? 0 : 3 });
        }
        throw new Error('The preview cannot format {' + placeholder + ',' + type + (style ? ',' + style : '') + '}');
    }

    /** java.text.MessageFormat: '' is a quote, text between single quotes is literal, {n[,number[,#]]} an argument. */
    function format(pattern, args) {
        var out = '';
        var quoted = false;
        for (var i = 0; i < pattern.length; i++) {
            var c = pattern.charAt(i);
            if (c === "'") {
                if (pattern.charAt(i + 1) === "'") {
                    out += "'";
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c === '{' && !quoted) {
                var end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new Error('Unmatched { in "' + pattern + '"');
                }
                var parts = pattern.substring(i + 1, end).split(',').map(function (part) { return part.trim(); });
                if (!/^[0-9]+$/.test(parts[0])) {
                    // As java.text.MessageFormat refuses it: a literal brace must be quoted, '{'.
                    throw new Error("can't parse argument number: " + parts[0]);
                }
                out += formatArgument(args[parseInt(parts[0], 10)], parts[1], parts[2], parts[0]);
                i = end;
            } else {
                out += c;
            }
        }
        return out;
    }

    var texts = global.pkPreviewTexts || {};
    // AUI's AJS exposes I18n through a getter: extend the object, never reassign the property.
    if (!global.AJS) {
        global.AJS = {};
    }
    if (!global.AJS.I18n) {
        global.AJS.I18n = {};
    }
    global.AJS.I18n.getText = function (key) {
        if (!Object.prototype.hasOwnProperty.call(texts, key)) {
            return key;
        }
        return format(texts[key], Array.prototype.slice.call(arguments, 1));
    };
    global.pkPreviewFormat = format;
}(window, window.jQuery));
