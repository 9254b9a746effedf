/**
 * promise-keeper/admin/admin-page: the admin page's entry. It fills each section of the page the servlet
 * rendered with its screen (customers, import, settings with mail and slip alerts, customer backfill; the "Unavailable features" section
 * is rendered by the server). Every screen works through the REST API, which checks every permission again,
 * and builds its DOM from text; no data ever goes through innerHTML.
 */
define('promise-keeper/admin/admin-page',
    ['jquery', 'promise-keeper/admin/customers', 'promise-keeper/admin/import', 'promise-keeper/admin/settings',
        'promise-keeper/admin/backfill', 'promise-keeper/admin/mail-settings', 'promise-keeper/admin/alert-settings'],
    function ($, customers, importScreen, settings, backfill, mailSettings, alertSettings) {
    'use strict';

    function init() {
        var $page = $('#pk-admin');
        if (!$page.length) {
            return;
        }
        var $status = $page.find('.pk-admin-status');
        $status.text('');
        var reloadCustomers = customers.render($page.find('.pk-admin-customers-content'), $status);
        importScreen.render($page.find('.pk-admin-import-content'), $status, reloadCustomers);
        var reloadHistory = settings.render($page.find('.pk-admin-settings-content'), $status);
        mailSettings.render($page.find('.pk-admin-mail-settings-content'), $status);
        alertSettings.render($page.find('.pk-admin-alert-settings-content'), $status, reloadHistory);
        backfill.render($page.find('.pk-admin-backfill-content'), $status);
    }

    return { init: init };
});

require(['jquery', 'promise-keeper/admin/admin-page'], function ($, adminPage) {
    'use strict';
    $(adminPage.init);
});
