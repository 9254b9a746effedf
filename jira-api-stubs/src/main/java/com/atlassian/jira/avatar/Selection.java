package com.atlassian.jira.avatar;

/**
 * Stand-in for {@code com.atlassian.jira.avatar.Selection} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * the part of an uploaded image to crop an avatar to. The plugin passes {@code null} (no cropping), so only the
 * constructor is declared; like the other stand-in classes it throws.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/avatar/Selection.html">Jira 10.5.0 javadoc of Selection</a>
 */
public final class Selection {

    /** A rectangle of the image, from its top left corner. */
    public Selection(int topLeftX, int topLeftY, int width, int height) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
