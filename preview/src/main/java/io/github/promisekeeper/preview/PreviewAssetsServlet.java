package io.github.promisekeeper.preview;

import com.google.gson.Gson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page's own scripts and styles (the AMD loader, the shims for what Jira provides, the dashboard host)
 * and the vendored AUI and jQuery, from {@code preview-web/} on the class path; plus {@code i18n.js}, the
 * plugin's texts for {@code AJS.I18n.getText}.
 */
final class PreviewAssetsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String I18N_SCRIPT = "i18n.js";

    private final transient PropertiesI18n i18n;

    PreviewAssetsServlet(PropertiesI18n i18n) {
        this.i18n = i18n;
    }

    static String url(String name) {
        return PreviewServer.CONTEXT_PATH + "/preview-web/" + name;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.equals(I18N_SCRIPT)) {
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            // Gson escapes <, >, & and ' inside strings, so no text can end the script.
            response.getWriter().write("window.pkPreviewTexts = " + new Gson().toJson(i18n.patterns()) + ";\n");
            return;
        }
        ClassPathFiles.send("preview-web/" + name, response);
    }
}
