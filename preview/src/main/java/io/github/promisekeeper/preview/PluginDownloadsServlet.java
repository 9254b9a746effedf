package io.github.promisekeeper.preview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The plugin's web-resource downloads at Jira's URLs,
 * {@code /download/resources/<plugin key>:<web-resource key>/<resource name>}, from the locations the
 * descriptor gives them: a resource missing from the descriptor is missing here too.
 */
final class PluginDownloadsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient PluginDescriptor descriptor;

    PluginDownloadsServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    static String url(PluginDescriptor descriptor, PluginDescriptor.WebResource resource, String name) {
        return PreviewServer.CONTEXT_PATH + "/download/resources/" + descriptor.pluginKey() + ":" + resource.key() + "/"
                + name;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        String prefix = descriptor.pluginKey() + ":";
        if (slash < 0 || !path.startsWith(prefix)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String location = descriptor
                .webResource(path.substring(prefix.length(), slash))
                .flatMap(resource -> resource.locationOf(path.substring(slash + 1)))
                .orElse(null);
        ClassPathFiles.send(location, response);
    }
}
