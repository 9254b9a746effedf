package io.github.promisekeeper.jira.alert;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.alert.AlertKind;
import io.github.promisekeeper.core.alert.StoredAlert;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.util.Locale;
import java.util.Objects;

/** Writes an alert's kind and reason in the viewer's language, for the REST list and the panel alike. */
public final class AlertTexts {

    private final I18nResolver i18n;
    private final ReasonTexts reasons;

    public AlertTexts(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.reasons = new ReasonTexts(i18n);
    }

    /** The kind as REST names it: {@code health-worsened}. */
    public static String name(AlertKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of a kind's label: {@code promise-keeper.alerts.kind.health-worsened}. */
    public static String kindKey(AlertKind kind) {
        return "promise-keeper.alerts.kind." + name(kind);
    }

    /** The kind as people read it ("Health worsened"). */
    public String kind(AlertKind kind) {
        return i18n.getText(kindKey(kind));
    }

    /** What happened, made from the alert's kept facts. */
    public String reason(StoredAlert stored) {
        return reasons.of(stored.alert().why());
    }
}
