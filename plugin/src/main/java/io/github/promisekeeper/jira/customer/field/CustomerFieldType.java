package io.github.promisekeeper.jira.customer.field;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.impl.GenericTextCFType;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Customer custom field: stores one customer key as text (so Jira's exact-text searcher indexes and
 * searches it), accepts only keys of existing customers, and renders through templates that get one
 * {@link CustomerFieldView}.
 */
public class CustomerFieldType extends GenericTextCFType {

    private final Customers customers;
    private final I18nResolver i18n;

    @Inject
    public CustomerFieldType(
            CustomFieldValuePersister customFieldValuePersister,
            GenericConfigManager genericConfigManager,
            TextFieldCharacterLengthValidator textFieldCharacterLengthValidator,
            JiraAuthenticationContext jiraAuthenticationContext,
            Customers customers,
            I18nResolver i18n) {
        super(
                customFieldValuePersister,
                genericConfigManager,
                textFieldCharacterLengthValidator,
                jiraAuthenticationContext);
        this.customers = Objects.requireNonNull(customers, "customers");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * The key of the customer the user entered (trimmed, upper-cased), or {@code null} for nothing.
     *
     * @throws FieldValidationException naming the entry when it is no key or no customer has it
     */
    @Override
    public String getSingularObjectFromString(String string) throws FieldValidationException {
        return customerKey(string).map(CustomerKey::value).orElse(null);
    }

    Optional<CustomerKey> customerKey(String entered) {
        if (entered == null || entered.isBlank()) {
            return Optional.empty();
        }
        String normalised = entered.strip().toUpperCase(Locale.ROOT);
        try {
            CustomerKey key = CustomerKey.of(normalised);
            if (customers.findByKey(key).isPresent()) {
                return Optional.of(key);
            }
        } catch (IllegalArgumentException e) {
            // not a key: reported below like an unknown one
        }
        throw new FieldValidationException(i18n.getText("promise-keeper.field.customer.unknown", entered.strip()));
    }

    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        Map<String, Object> parameters = new HashMap<>(super.getVelocityParameters(issue, field, fieldLayoutItem));
        parameters.put("view", view(issue == null || field == null ? null : issue.getCustomFieldValue(field)));
        return parameters;
    }

    /** The view of a stored value: the customer's name when it still exists. */
    CustomerFieldView view(Object storedValue) {
        if (!(storedValue instanceof String key) || key.isBlank()) {
            return new CustomerFieldView("", "");
        }
        Optional<Customer> customer;
        try {
            customer = customers.findByKey(CustomerKey.of(key));
        } catch (IllegalArgumentException e) {
            customer = Optional.empty();
        }
        return new CustomerFieldView(key, customer.map(Customer::name).orElse(""));
    }
}
