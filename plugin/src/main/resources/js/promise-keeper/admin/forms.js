/**
 * promise-keeper/admin/forms: what the admin page's screens share — a labelled input, the page's status line,
 * the server's field errors shown at their fields, lists typed as "a, b, c", and the header that marks a write
 * as made on the admin page.
 */
define('promise-keeper/admin/forms', ['jquery', 'promise-keeper/rest', 'promise-keeper/dom'], function ($, rest, dom) {
    'use strict';

    /** Writes made here are recorded in the histories as made on the admin page (see ChangeOrigin). */
    var FROM_ADMIN_PAGE = { 'X-Promise-Keeper-Source': 'admin-page' };

    /** A field group with a text input named {@code name} (of HTML input {@code type}, text by default). */
    function field(label, name, value, type) {
        var id = 'pk-admin-' + name.replace(/[^\w-]/g, '-');
        var $input = dom.element('input').addClass('text').attr({ name: name, type: type || 'text' }).val(value === undefined ? '' : value);
        return dom.fieldGroup(id, label, $input);
    }

    /** The server's message for a failed request, in the page's status line. */
    function showError($status, xhr) {
        $status.text(AJS.I18n.getText('promise-keeper.admin.failed', rest.errorMessage(xhr)));
    }

    /** The items of a list typed with commas or one per line, trimmed, without empty ones. */
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
            var $message = dom.text('div', error.message).addClass('error pk-admin-field-error').attr('data-pk-field', name);
            if ($input.length) {
                $input.first().attr('aria-invalid', 'true').after($message);
            } else {
                $general.append($message);
            }
        });
        if (!errors.length) {
            $general.append(dom.text('div', rest.errorMessage(xhr)).addClass('error pk-admin-field-error'));
        }
        showError($status, xhr);
    }

    function clearFieldErrors($form) {
        $form.find('.pk-admin-field-error').remove();
        $form.find('[aria-invalid]').removeAttr('aria-invalid');
    }

    return {
        FROM_ADMIN_PAGE: FROM_ADMIN_PAGE,
        field: field,
        showError: showError,
        list: list,
        showFieldErrors: showFieldErrors,
        clearFieldErrors: clearFieldErrors
    };
});
