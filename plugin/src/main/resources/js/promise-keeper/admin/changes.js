/**
 * promise-keeper/admin/changes: how the admin page names the origin of a recorded change, in the customers'
 * histories and in the settings' history alike.
 */
define('promise-keeper/admin/changes', [], function () {
    'use strict';

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

    return { sourceLabel: sourceLabel };
});
