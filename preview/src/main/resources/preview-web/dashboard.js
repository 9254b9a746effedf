/**
 * The preview's dashboard: for each dashboard item on the page, creates its AMD module with an API object
 * like Jira's and calls render(context, preferences), or renderEdit when the user configures it.
 * Preferences are kept in this browser's localStorage, one entry per item.
 */
(function (global, $) {
    'use strict';

    var STORAGE_PREFIX = 'promise-keeper-preview:preferences:';

    function loadPreferences(key) {
        try {
            return JSON.parse(global.localStorage.getItem(STORAGE_PREFIX + key)) || {};
        } catch (e) {
            return {};
        }
    }

    function host($item) {
        var key = $item.attr('data-item-key');
        var $content = $item.find('.pk-preview-item-content');
        var $loading = $item.find('.pk-preview-loading');
        var item;

        // Jira re-renders the item's server-side view before render() after a configuration change.
        function reloadViewAndRender() {
            return $.ajax({ url: $item.attr('data-view-url'), dataType: 'html', cache: false }).done(function (html) {
                $content.html(html);
                item.render($content, loadPreferences(key));
            });
        }

        var API = {
            showLoadingBar: function () { $loading.prop('hidden', false); },
            hideLoadingBar: function () { $loading.prop('hidden', true); },
            resize: function () { $item.trigger('pk-preview:resized'); },
            isEditable: function () { return true; },
            savePreferences: function (preferences) {
                global.localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(preferences || {}));
                $item.attr('data-mode', 'view');
                reloadViewAndRender();
            },
            getRefreshFieldValue: function () { return false; },
            setTitle: function (title) { $item.find('.pk-preview-item-title').text(title); },
            initRefresh: function () {},
            forceLayoutRefresh: function () {}
        };

        var DashboardItem = require($item.attr('data-amd-module'));
        item = new DashboardItem(API);

        $item.find('.pk-preview-configure').prop('hidden', $item.attr('data-configurable') !== 'true').on('click', function () {
            $item.attr('data-mode', 'edit');
            item.renderEdit($content, loadPreferences(key));
        });

        $item.attr('data-mode', 'view');
        item.render($content, loadPreferences(key));

        return { render: function () { item.render($content, loadPreferences(key)); }, reload: reloadViewAndRender };
    }

    $(function () {
        var items = {};
        $('.pk-preview-item[data-amd-module]').each(function () {
            var $item = $(this);
            try {
                items[$item.attr('data-item-key')] = host($item);
            } catch (e) {
                // One item that cannot start (a module Jira provides and the preview does not) spares the others.
                $item.find('.pk-preview-item-content').empty().append(
                    $('<div class="aui-message aui-message-error">').append($('<p>').text(String(e && e.message || e))));
            }
        });
        global.pkPreview = { items: items };
    });
}(window, window.jQuery));
