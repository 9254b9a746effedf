package io.github.promisekeeper.jira.customer.field;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.customer.Customer;
import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.customer.Customers;
import io.github.promisekeeper.jira.testing.VelocityTemplates;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CustomerFieldTypeTest {

    private final Customers customers = mock(Customers.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final CustomerFieldType type = new CustomerFieldType(
            mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class),
            mock(TextFieldCharacterLengthValidator.class),
            mock(JiraAuthenticationContext.class),
            customers,
            i18n);
    private final VelocityTemplates velocity = new VelocityTemplates();

    CustomerFieldTypeTest() {
        when(i18n.getText(anyString(), any(Serializable[].class)))
                .thenAnswer(call -> call.getArgument(0)
                        + Arrays.toString(Arrays.copyOfRange(call.getArguments(), 1, call.getArguments().length)));
        when(customers.findByKey(any())).thenReturn(Optional.empty());
        when(customers.findByKey(CustomerKey.of("ACME")))
                .thenReturn(Optional.of(new Customer(
                        CustomerKey.of("ACME"), "Acme <b>Corp</b>", null, Set.of(), null, null, List.of())));
    }

    @Test
    void storesTheKeyOfAKnownCustomerTrimmedAndUpperCased() {
        assertThat(type.getSingularObjectFromString("  acme ")).isEqualTo("ACME");
    }

    @Test
    void emptyEntryClearsTheField() {
        assertThat(type.getSingularObjectFromString("")).isNull();
        assertThat(type.getSingularObjectFromString(null)).isNull();
    }

    @Test
    void rejectsAnUnknownCustomerWithAMessageNamingTheEntry() {
        assertThatThrownBy(() -> type.getSingularObjectFromString("GLOBEX"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("promise-keeper.field.customer.unknown[GLOBEX]");
    }

    @Test
    void rejectsTextThatIsNoCustomerKeyAtAll() {
        assertThatThrownBy(() -> type.getSingularObjectFromString("\" OR 1=1"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("OR 1=1");
    }

    @Test
    void viewColumnAndXmlTemplatesShowTheCustomerEscaped() {
        Map<String, Object> context = Map.of("view", type.view("ACME"));

        assertThat(velocity.render("templates/customer/field-view.vm", context).strip())
                .isEqualTo("Acme &lt;b&gt;Corp&lt;&#47;b&gt; (ACME)");
        assertThat(velocity.render("templates/customer/field-column.vm", context))
                .contains("<span class=\"pk-customer\">Acme &lt;b&gt;Corp&lt;&#47;b&gt; (ACME)</span>");
        assertThat(velocity.render("templates/customer/field-xml.vm", context).strip())
                .isEqualTo("ACME");
    }

    @Test
    void storedKeyOfADeletedCustomerIsStillShown() {
        assertThat(velocity.render("templates/customer/field-view.vm", Map.of("view", type.view("GONE")))
                        .strip())
                .isEqualTo("GONE");
        assertThat(velocity.render("templates/customer/field-view.vm", Map.of("view", type.view(null)))
                        .strip())
                .isEmpty();
    }
}
