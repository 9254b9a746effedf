package io.github.promisekeeper.jira.web;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Explained;
import io.github.promisekeeper.core.Reason;

import java.util.List;
import java.util.Objects;

/**
 * Writes core's reasons in the viewer's language: every key goes through SAL's {@link I18nResolver}, which finds
 * it in {@code i18n/promise-keeper.properties} (English, the default) or a translation, nested reasons and dates
 * included. Views, panels and JSON keep their reason strings; only their language follows the viewer.
 */
public final class ReasonTexts {

    private final I18nResolver i18n;

    public ReasonTexts(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    public String of(Reason reason) {
        return reason.in(texts());
    }

    /** What a change changed, each part in the viewer's language. */
    public String of(Description description) {
        return description.in(texts());
    }

    /** The viewer's language as core writes texts in it, for entries that choose between data and stored text. */
    public Reason.Texts texts() {
        return i18n::getText;
    }

    public List<String> of(List<Reason> reasons) {
        return reasons.stream().map(this::of).toList();
    }

    /**
     * What {@code refusal} says: in the viewer's language when it says why with a reason (core's value objects and
     * customer conflicts, {@link Explained}) or with a text of the plugin's ({@link InvalidInputException}), else its
     * message as it is.
     */
    public String message(Throwable refusal) {
        if (refusal instanceof Explained explained) {
            return of(explained.why());
        }
        return refusal instanceof InvalidInputException invalid ? invalid.text().in(i18n) : refusal.getMessage();
    }
}
