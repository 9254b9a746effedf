package io.github.promisekeeper.jira.customer.rest;

import io.github.promisekeeper.core.customer.Contract;
import io.github.promisekeeper.core.customer.CustomerPage;
import io.github.promisekeeper.core.customer.StoredCustomer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * JSON of one customer. Contract values are left out entirely (not zero, not null) for viewers who may
 * not see money.
 */
public record CustomerView(
        String key,
        String name,
        String crmId,
        List<String> domains,
        String tier,
        String owner,
        Long version,
        LocalDate nextRenewal,
        LocalDate noticeDeadline,
        List<ContractView> contracts) {

    /** One contract; {@code value} absent without the money right. */
    public record ContractView(
            String id,
            LocalDate start,
            LocalDate renewal,
            int noticeDays,
            boolean autoRenew,
            String status,
            MoneyView value) {

        static ContractView from(Contract contract, boolean maySeeMoney) {
            return new ContractView(
                    contract.id(),
                    contract.start(),
                    contract.renewal(),
                    contract.noticeDays(),
                    contract.autoRenew(),
                    contract.status().name().toLowerCase(Locale.ROOT),
                    maySeeMoney ? contract.value().map(MoneyView::from).orElse(null) : null);
        }
    }

    /** The page of {@code GET /customers}: each customer with the version an edit of it must carry. */
    public record Page(List<CustomerView> customers, int total) {

        static Page from(CustomerPage page, boolean maySeeMoney) {
            return new Page(
                    page.stored().stream()
                            .map(stored -> CustomerView.from(stored, maySeeMoney))
                            .toList(),
                    page.total());
        }
    }

    public static CustomerView from(StoredCustomer stored, boolean maySeeMoney) {
        var customer = stored.customer();
        return new CustomerView(
                customer.key().value(),
                customer.name(),
                customer.crmId(),
                customer.emailDomains().stream().sorted().toList(),
                customer.tier(),
                customer.owner(),
                stored.version(),
                customer.nextRenewal().orElse(null),
                customer.noticeDeadline().orElse(null),
                customer.contracts().stream()
                        .sorted(Comparator.comparing(Contract::id))
                        .map(contract -> ContractView.from(contract, maySeeMoney))
                        .toList());
    }
}
