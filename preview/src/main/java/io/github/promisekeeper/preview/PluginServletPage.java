package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /jira/plugins/servlet/...}: one of the plugin's servlet modules, built and called as Jira does, its page
 * then decorated as Jira's admin decorator would: the page's title and body inside the preview's frame, with AUI,
 * jQuery, the shims for what Jira provides and every web resource of the {@value #ADMIN_CONTEXT} context. What the
 * servlet answers itself (a redirect, an error such as 403) goes out as it is.
 */
final class PluginServletPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ADMIN_CONTEXT = "atl.admin";
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*)</body>");

    private final transient PreviewApp app;
    private final transient HttpServlet plugin;

    PluginServletPage(PreviewApp app, PluginDescriptor.Servlet servlet) {
        this.app = app;
        this.plugin = app.servlet(servlet);
    }

    static String url(PluginDescriptor.Servlet servlet) {
        return PreviewServer.CONTEXT_PATH + "/plugins/servlet" + servlet.urlPattern();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        StringWriter page = new StringWriter();
        PrintWriter writer = new PrintWriter(page);
        HttpServletResponseWrapper captured = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
        plugin.service(request, captured);
        writer.flush();
        if (response.isCommitted() || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(decorated(page.toString(), ViewingAs.of(request), PreviewTheme.of(request)));
    }

    private String decorated(String html, DemoUser viewer, PreviewTheme theme) {
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        if (!body.find()) {
            throw new IllegalStateException("The plugin servlet's page has no <body>: " + html);
        }
        PluginDescriptor descriptor = app.descriptor();
        String head = PreviewPage.assets(descriptor, ADMIN_CONTEXT, theme, "viewing-as.js");
        // The title is the plugin's own, already escaped by its template.
        return """
                <!DOCTYPE html>
                <html lang="en" data-context-path="%1$s"%6$s>
                <head>
                <meta charset="utf-8">
                <title>%2$s · Promise Keeper preview</title>
                %3$s</head>
                <body class="aui-layout aui-theme-default">
                <div id="page">
                %4$s
                    <main class="pk-preview-main pk-preview-admin">
                %5$s
                    </main>
                </div>
                </body>
                </html>
                """.formatted(
                        Html.escape(PreviewServer.CONTEXT_PATH),
                        title.find() ? title.group(1).strip() : "",
                        head,
                        PreviewPage.header(viewer),
                        body.group(1),
                        theme.htmlAttributes());
    }
}
