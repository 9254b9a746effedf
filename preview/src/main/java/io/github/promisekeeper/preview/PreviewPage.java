package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;

/** The frame of the preview's own pages (not the dashboard's): Jira-like header with the "Viewing as" switch. */
final class PreviewPage {

    private PreviewPage() {
    }

    /** A page titled {@code title} (text), around {@code bodyHtml} (HTML, escaped by the caller). */
    static String html(String title, DemoUser viewer, String bodyHtml) {
        return """
                <!DOCTYPE html>
                <html lang="en" data-context-path="%1$s">
                <head>
                <meta charset="utf-8">
                <title>%2$s · Promise Keeper preview</title>
                <link rel="stylesheet" href="%3$s">
                <link rel="stylesheet" href="%4$s">
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
                """.formatted(Html.escape(PreviewServer.CONTEXT_PATH), Html.escape(title),
                Html.escape(PreviewAssetsServlet.url("vendor/aui/aui-prototyping.css")),
                Html.escape(PreviewAssetsServlet.url("dashboard.css")), Html.escape(PreviewAssetsServlet.url("viewing-as.js")),
                header(viewer), bodyHtml);
    }

    /** The header every preview page shares. */
    static String header(DemoUser viewer) {
        return """
                    <header class="pk-preview-header">
                        <span class="pk-preview-product">Promise Keeper</span>
                        <span class="aui-lozenge aui-lozenge-subtle">Preview without Jira</span>
                        <a class="pk-preview-nav" href="%2$s/">Dashboard</a>
                        <a class="pk-preview-nav" href="%2$s/plugins/servlet/promise-keeper/admin">Promise Keeper administration</a>
                        %1$s
                    </header>
                """.formatted(ViewingAs.select(viewer), Html.escape(PreviewServer.CONTEXT_PATH));
    }
}
