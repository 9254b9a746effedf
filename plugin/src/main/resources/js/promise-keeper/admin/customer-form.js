/**
 * promise-keeper/admin/customer-form: the form that creates a customer or edits one, with a row per contract;
 * saving sends PUT /customers/{key} with the version it was opened at, and shows the server's field errors at
 * their fields.
 */
define('promise-keeper/admin/customer-form',
    ['jquery', 'promise-keeper/rest', 'promise-keeper/dom', 'promise-keeper/admin/forms'], function ($, rest, dom, forms) {
    'use strict';

    var STATUSES = ['active', 'expired', 'cancelled'];

    function input(name, type) {
        return dom.element('input').attr({ name: name, type: type || 'text' });
    }

    /** A cell holding {@code $field}, named for screen readers by its column's header text {@code label}. */
    function cell($field, label) {
        return dom.element('td').append($field.attr('aria-label', label));
    }

    function contractRow(contract) {
        var value = contract.value || {};
        return dom.element('tr').addClass('pk-admin-contract').append(
            cell(input('id').addClass('text').val(contract.id || ''), AJS.I18n.getText('promise-keeper.admin.contract.id')),
            cell(input('start', 'date').addClass('text').val(contract.start || ''), AJS.I18n.getText('promise-keeper.admin.contract.start')),
            cell(input('renewal', 'date').addClass('text').val(contract.renewal || ''),
                AJS.I18n.getText('promise-keeper.admin.contract.renewal')),
            cell(input('noticeDays', 'number').addClass('text').attr('min', '0').val(contract.noticeDays || 0),
                AJS.I18n.getText('promise-keeper.admin.contract.notice')),
            cell(input('autoRenew', 'checkbox').prop('checked', !!contract.autoRenew),
                AJS.I18n.getText('promise-keeper.admin.contract.autoRenew')),
            cell(dom.select('status', STATUSES, contract.status || 'active'), AJS.I18n.getText('promise-keeper.admin.contract.status')),
            cell(input('amount').addClass('text').val(value.amount || ''), AJS.I18n.getText('promise-keeper.admin.contract.amount')),
            cell(input('currency').addClass('text').attr('maxlength', '3').val(value.currency || ''),
                AJS.I18n.getText('promise-keeper.admin.contract.currency')));
    }

    /** The contracts as PUT /customers/{key} takes them, read from their rows. */
    function contractsIn($contracts) {
        return $contracts.find('tr').map(function () {
            var $row = $(this);
            var amount = $row.find('[name=amount]').val();
            return {
                id: $row.find('[name=id]').val(),
                start: $row.find('[name=start]').val() || undefined,
                renewal: $row.find('[name=renewal]').val() || undefined,
                noticeDays: parseInt($row.find('[name=noticeDays]').val(), 10) || 0,
                autoRenew: $row.find('[name=autoRenew]').prop('checked'),
                status: $row.find('[name=status]').val(),
                value: amount ? { amount: amount, currency: $row.find('[name=currency]').val() } : undefined
            };
        }).get();
    }

    /**
     * The form for {@code customer} (a new one when it has no version); {@code onSaved} is called after a save,
     * and the page's {@code $status} says what happened.
     */
    function render(customer, onSaved, $status) {
        var editing = customer.version !== undefined && customer.version !== null;
        var $form = dom.element('form').addClass('aui pk-admin-customer-form').attr('data-pk-editing', editing ? customer.key : '');
        var $contracts = dom.element('tbody');
        (customer.contracts || []).forEach(function (contract) { $contracts.append(contractRow(contract)); });

        function save() {
            var key = $form.find('[name=key]').val().trim();
            forms.clearFieldErrors($form);
            if (!key) {
                forms.showFieldErrors($form, { responseJSON: { errors: [{ field: 'key',
                    message: AJS.I18n.getText('promise-keeper.admin.customer.key.missing') }] } }, $status);
                return;
            }
            var body = {
                name: $form.find('[name=name]').val(),
                crmId: $form.find('[name=crmId]').val() || undefined,
                domains: forms.list($form.find('[name=domains]').val()),
                tier: $form.find('[name=tier]').val() || undefined,
                owner: $form.find('[name=owner]').val() || undefined,
                version: editing ? customer.version : undefined,
                contracts: contractsIn($contracts)
            };
            rest.send('PUT', '/customers/' + encodeURIComponent(key), null, body, null, forms.FROM_ADMIN_PAGE)
                .done(function () {
                    $status.text(AJS.I18n.getText('promise-keeper.admin.saved'));
                    $form.remove();
                    onSaved();
                })
                .fail(function (xhr) { forms.showFieldErrors($form, xhr, $status); });
        }

        $form.append(
            dom.text('h3', editing ? AJS.I18n.getText('promise-keeper.admin.customer.editing', customer.key)
                : AJS.I18n.getText('promise-keeper.admin.customer.new')),
            dom.element('div').addClass('pk-admin-form-errors').attr('role', 'alert'),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.key'), 'key', customer.key),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.name'), 'name', customer.name),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.crmId'), 'crmId', customer.crmId),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.domains'), 'domains', (customer.domains || []).join(', ')),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.tier'), 'tier', customer.tier),
            forms.field(AJS.I18n.getText('promise-keeper.admin.customer.owner'), 'owner', customer.owner),
            dom.element('table').addClass('aui pk-admin-contracts').append(dom.element('thead').append(dom.element('tr').append(
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.id')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.start')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.renewal')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.notice')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.autoRenew')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.status')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.amount')),
                dom.text('th', AJS.I18n.getText('promise-keeper.admin.contract.currency')))), $contracts),
            dom.button(AJS.I18n.getText('promise-keeper.admin.contract.add'), function () { $contracts.append(contractRow({})); }),
            dom.button(AJS.I18n.getText('promise-keeper.admin.save'), save, true).addClass('pk-admin-customer-save'),
            dom.button(AJS.I18n.getText('promise-keeper.admin.cancel'), function () { $form.remove(); }));
        if (editing) {
            $form.find('[name=key]').prop('readonly', true);
        }
        return $form;
    }

    return { render: render };
});
