package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The preview's colour theme, from the page's {@code ?theme=dark} parameter: Jira's dark theme is the
 * {@code data-color-mode="dark"} and {@code data-theme} attributes on {@code <html>} with the design tokens' dark
 * values (from {@code @atlaskit/tokens}, the version AUI 10 depends on), which AUI and the plugin's styles read
 * through {@code var(--ds-…)}. The light theme loads no token values, so every style shows its fallback colour.
 */
enum PreviewTheme {
    LIGHT,
    DARK;

    static final String PARAMETER = "theme";
    static final String DARK_TOKENS = "vendor/tokens/atlassian-dark.css";

    static PreviewTheme of(HttpServletRequest request) {
        return "dark".equals(request.getParameter(PARAMETER)) ? DARK : LIGHT;
    }

    /** The attributes this theme puts on {@code <html>} (with a leading space), as Jira's theme loader sets them. */
    String htmlAttributes() {
        return this == DARK ? " data-color-mode=\"dark\" data-theme=\"dark:dark light:light\"" : "";
    }

    /** The style sheet of this theme's token values, after AUI's (nothing for the light theme). */
    String styles() {
        return this == DARK
                ? "<link rel=\"stylesheet\" href=\"" + Html.escape(PreviewAssetsServlet.url(DARK_TOKENS)) + "\">\n"
                : "";
    }
}
