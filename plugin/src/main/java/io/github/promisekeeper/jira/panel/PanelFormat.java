package io.github.promisekeeper.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.Alert;
import io.github.promisekeeper.core.commitment.Commitment;
import io.github.promisekeeper.core.commitment.Health;
import io.github.promisekeeper.core.customer.Money;
import io.github.promisekeeper.core.customer.MoneyTotal;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.jira.search.IssueValues;
import io.github.promisekeeper.jira.web.Html;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Small formatting and context helpers shared by the issue panels. */
final class PanelFormat {

    private PanelFormat() {}

    /** The issue Jira's issue view puts in a web panel's context under {@code issue}. */
    static Optional<Issue> issue(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue ? Optional.of(issue) : Optional.empty();
    }

    static Optional<IssueKey> key(Map<String, Object> context) {
        return issue(context).flatMap(IssueValues::key);
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static String money(Money money) {
        return money.toString();
    }

    /** A health as words in the viewer's language ("breaches renewal", "on track" in English), as alerts name it. */
    static String health(Health health, ReasonTexts texts) {
        return texts.of(Alert.label(health));
    }

    /** A total, with what it leaves out in the viewer's language. */
    static String money(MoneyTotal total, ReasonTexts texts) {
        return total.whyIncomplete()
                .map(why -> money(total.total()) + " (" + texts.of(why) + ")")
                .orElseGet(() -> money(total.total()));
    }

    /** One commitment as a list item of a panel: key, summary, customer, promised date and health, escaped. */
    static String commitmentLine(I18nResolver i18n, Commitment commitment, Health health) {
        return "<li>"
                + Html.escape(i18n.getText(
                        "promise-keeper.panel.commitment-line",
                        commitment.key().toString(),
                        commitment.summary(),
                        commitment.customer().value(),
                        date(commitment.promisedDate()),
                        health(health, new ReasonTexts(i18n))))
                + "</li>";
    }
}
