package io.github.promisekeeper.preview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /preview/dashboard-items/<key>}: a dashboard item's server-side view, its Velocity template rendered
 * with its context provider's map, which Jira puts into the item before calling {@code render} again.
 */
final class DashboardItemViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient PreviewApp app;

    DashboardItemViewServlet(PreviewApp app) {
        this.app = app;
    }

    static String url(PluginDescriptor.DashboardItem item) {
        return PreviewServer.CONTEXT_PATH + "/preview/dashboard-items/" + item.key();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var item = app.descriptor().dashboardItems().stream()
                .filter(candidate -> candidate.key().equals(key))
                .findFirst();
        if (item.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(app.renderView(item.get()));
    }
}
