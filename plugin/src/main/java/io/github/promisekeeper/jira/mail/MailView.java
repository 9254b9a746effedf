package io.github.promisekeeper.jira.mail;

import io.github.promisekeeper.jira.web.Html;

import java.util.List;
import java.util.Objects;

/**
 * Everything one mail's templates show, already in the recipient's language: a heading, an introduction, its
 * sections, and a footer linking to the recipient's mail preferences. Immutable; the templates
 * ({@code templates/mail/mail-html.vm}, {@code mail-text.vm}) call only these getters (see the velocity allowlist).
 * The *Html getters return text escaped here, the sections as list markup built from escaped text; the others
 * return plain text, each value on one line, for the text body.
 */
public final class MailView {

    private final String heading;
    private final String intro;
    private final List<MailSection> sections;
    private final String footer;
    private final String preferencesLink;
    private final String preferencesLabel;

    public MailView(
            String heading,
            String intro,
            List<MailSection> sections,
            String footer,
            String preferencesLink,
            String preferencesLabel) {
        this.heading = oneLine(heading);
        this.intro = oneLine(intro);
        this.sections = sections.stream().filter(section -> !section.isEmpty()).toList();
        this.footer = oneLine(footer);
        this.preferencesLink = oneLine(preferencesLink);
        this.preferencesLabel = oneLine(preferencesLabel);
    }

    /** {@code text} on one line: a value's line breaks could otherwise fake lines of the text body. */
    static String oneLine(String text) {
        return Objects.requireNonNullElse(text, "").replace('\r', ' ').replace('\n', ' ');
    }

    public String getMailHeading() {
        return heading;
    }

    public String getMailHeadingHtml() {
        return Html.escape(heading);
    }

    public String getMailIntro() {
        return intro;
    }

    public String getMailIntroHtml() {
        return Html.escape(intro);
    }

    /** Each section as a heading and a list; every value escaped, links only in quoted href attributes. */
    public String getMailSectionsHtml() {
        StringBuilder html = new StringBuilder();
        for (MailSection section : sections) {
            html.append("<h2 style=\"font-size: 15px;\">")
                    .append(Html.escape(section.title()))
                    .append("</h2>\n<ul>\n");
            for (MailLine line : section.lines()) {
                html.append("<li>").append(Html.escape(line.text()));
                if (!line.value().isEmpty()) {
                    html.append(" <strong>").append(Html.escape(line.value())).append("</strong>");
                }
                if (!line.link().isEmpty()) {
                    html.append(" <a href=\"")
                            .append(Html.escape(line.link()))
                            .append("\">")
                            .append(Html.escape(line.linkLabel()))
                            .append("</a>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /** Each section as a title and its items, one item a line with its link on the next. */
    public String getMailSectionsText() {
        StringBuilder text = new StringBuilder();
        for (MailSection section : sections) {
            text.append('\n').append(section.title()).append('\n');
            for (MailLine line : section.lines()) {
                text.append("- ").append(line.text());
                if (!line.value().isEmpty()) {
                    text.append(" (").append(line.value()).append(')');
                }
                text.append('\n');
                if (!line.link().isEmpty()) {
                    text.append("  ")
                            .append(line.linkLabel())
                            .append(": ")
                            .append(line.link())
                            .append('\n');
                }
            }
        }
        return text.toString();
    }

    public String getMailFooter() {
        return footer;
    }

    public String getMailFooterHtml() {
        return Html.escape(footer);
    }

    public String getPreferencesLink() {
        return preferencesLink;
    }

    public String getPreferencesLinkHtml() {
        return Html.escape(preferencesLink);
    }

    public String getPreferencesLabel() {
        return preferencesLabel;
    }

    public String getPreferencesLabelHtml() {
        return Html.escape(preferencesLabel);
    }

    /** Whether there is nothing to tell: such a mail is never sent. */
    public boolean isEmpty() {
        return sections.isEmpty();
    }
}
