package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;

import java.util.List;

/**
 * The frame of the preview's pages: the Jira-like header with the "Viewing as" switch, and the assets of the
 * pages that host the plugin's web resources.
 */
final class PreviewPage {

    private PreviewPage() {}

    /** A page titled {@code title} (text), around {@code bodyHtml} (HTML, escaped by the caller). */
    static String html(String title, DemoUser viewer, PreviewTheme theme, String bodyHtml) {
        return """
                <!DOCTYPE html>
                <html lang="en" data-context-path="%1$s"%8$s>
                <head>
                <meta charset="utf-8">
                <title>%2$s · Promise Keeper preview</title>
                <link rel="stylesheet" href="%3$s">
                %9$s<link rel="stylesheet" href="%4$s">
                <script src="%5$s"></script>
                </head>
                <body class="aui-layout aui-theme-default">
                <div id="page">
                %6$s
                    <main class="pk-preview-main">
                        <h1>%2$s</h1>
                %7$s
                    </main>
                </div>
                </body>
                </html>
                """.formatted(
                        Html.escape(PreviewServer.CONTEXT_PATH),
                        Html.escape(title),
                        Html.escape(PreviewAssetsServlet.url("vendor/aui/aui-prototyping.css")),
                        Html.escape(PreviewAssetsServlet.url("dashboard.css")),
                        Html.escape(PreviewAssetsServlet.url("viewing-as.js")),
                        header(viewer),
                        bodyHtml,
                        theme.htmlAttributes(),
                        theme.styles());
    }

    /** The header every preview page shares. */
    static String header(DemoUser viewer) {
        return """
                    <header class="pk-preview-header">
                        <span class="pk-preview-product">Promise Keeper</span>
                        <span class="aui-lozenge aui-lozenge-subtle">Preview without Jira</span>
                        <a class="pk-preview-nav" href="%2$s/">Dashboard</a>
                        <a class="pk-preview-nav" href="%2$s/plugins/servlet/promise-keeper/admin">Promise Keeper administration</a>
                        <a class="pk-preview-nav" href="%2$s/preview/outbox">Outbox</a>
                        %1$s
                    </header>
                """.formatted(ViewingAs.select(viewer), Html.escape(PreviewServer.CONTEXT_PATH));
    }

    /**
     * The {@code <head>} links and scripts of a page hosting the plugin's web resources of {@code context}: AUI and
     * the theme's token values, the preview's CSS, the resources' styles, jQuery, AUI, the AMD loader, i18n and Jira shims, the resources'
     * scripts, then the preview's own {@code pageScripts} (names under {@link PreviewAssetsServlet}).
     */
    static String assets(PluginDescriptor descriptor, String context, PreviewTheme theme, String... pageScripts) {
        StringBuilder head = new StringBuilder();
        head.append(style(PreviewAssetsServlet.url("vendor/aui/aui-prototyping.css")));
        head.append(theme.styles());
        head.append(style(PreviewAssetsServlet.url("dashboard.css")));
        List<PluginDescriptor.WebResource> resources = descriptor.webResourcesFor(context);
        resources.forEach(resource -> resource.downloads().stream()
                .filter(PluginDescriptor.Download::isStyle)
                .forEach(download ->
                        head.append(style(PluginDownloadsServlet.url(descriptor, resource, download.name())))));
        head.append(script(PreviewAssetsServlet.url("vendor/jquery.min.js")));
        head.append(script(PreviewAssetsServlet.url("vendor/aui/aui-prototyping.js")));
        head.append(script(PreviewAssetsServlet.url("amd.js")));
        head.append(script(PreviewAssetsServlet.url(PreviewAssetsServlet.I18N_SCRIPT)));
        head.append(script(PreviewAssetsServlet.url("jira-shims.js")));
        resources.forEach(resource -> resource.downloads().stream()
                .filter(PluginDescriptor.Download::isScript)
                .forEach(download ->
                        head.append(script(PluginDownloadsServlet.url(descriptor, resource, download.name())))));
        for (String pageScript : pageScripts) {
            head.append(script(PreviewAssetsServlet.url(pageScript)));
        }
        return head.toString();
    }

    private static String style(String url) {
        return "<link rel=\"stylesheet\" href=\"" + Html.escape(url) + "\">\n";
    }

    private static String script(String url) {
        return "<script src=\"" + Html.escape(url) + "\"></script>\n";
    }
}
