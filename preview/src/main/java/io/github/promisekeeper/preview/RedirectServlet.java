package io.github.promisekeeper.preview;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Sends every request outside the context path to the dashboard. */
final class RedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final String target;

    RedirectServlet(String target) {
        this.target = target;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(target);
    }
}
