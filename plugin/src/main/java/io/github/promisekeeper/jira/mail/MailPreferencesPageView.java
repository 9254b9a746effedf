package io.github.promisekeeper.jira.mail;

import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.jira.web.Html;

/**
 * What the mail preferences page shows: its labels in the user's language and their current choices. Immutable;
 * the *Html getters return escaped text, the others booleans.
 */
public final class MailPreferencesPageView {

    private final String title;
    private final String intro;
    private final String immediateLabel;
    private final String digestLabel;
    private final String formatLabel;
    private final String htmlLabel;
    private final String textLabel;
    private final String saveLabel;
    private final MailPreferences current;

    public MailPreferencesPageView(
            String title,
            String intro,
            String immediateLabel,
            String digestLabel,
            String formatLabel,
            String htmlLabel,
            String textLabel,
            String saveLabel,
            MailPreferences current) {
        this.title = title;
        this.intro = intro;
        this.immediateLabel = immediateLabel;
        this.digestLabel = digestLabel;
        this.formatLabel = formatLabel;
        this.htmlLabel = htmlLabel;
        this.textLabel = textLabel;
        this.saveLabel = saveLabel;
        this.current = current;
    }

    public String getPreferencesTitleHtml() {
        return Html.escape(title);
    }

    public String getPreferencesIntroHtml() {
        return Html.escape(intro);
    }

    public String getImmediateLabelHtml() {
        return Html.escape(immediateLabel);
    }

    public String getDigestLabelHtml() {
        return Html.escape(digestLabel);
    }

    public String getFormatLabelHtml() {
        return Html.escape(formatLabel);
    }

    public String getHtmlFormatLabelHtml() {
        return Html.escape(htmlLabel);
    }

    public String getTextFormatLabelHtml() {
        return Html.escape(textLabel);
    }

    public String getPreferencesSaveHtml() {
        return Html.escape(saveLabel);
    }

    public boolean isImmediateChosen() {
        return current.immediate();
    }

    public boolean isDigestChosen() {
        return current.digest();
    }

    public boolean isTextChosen() {
        return current.format() == MailFormat.TEXT;
    }
}
