package io.github.promisekeeper.jira.panel;

/**
 * The one view object of every Promise Keeper issue panel: whether there is anything to show, and the
 * panel's parts as HTML that was escaped when it was built. Immutable.
 */
public final class IssuePanelView {

    private static final IssuePanelView HIDDEN = new IssuePanelView(false, "", "", "", "");

    private final boolean visible;
    private final String rowsHtml;
    private final String listHtml;
    private final String noteHtml;
    private final String changesHtml;

    IssuePanelView(boolean visible, String rowsHtml, String listHtml, String noteHtml) {
        this(visible, rowsHtml, listHtml, noteHtml, "");
    }

    IssuePanelView(boolean visible, String rowsHtml, String listHtml, String noteHtml, String changesHtml) {
        this.visible = visible;
        this.rowsHtml = rowsHtml;
        this.listHtml = listHtml;
        this.noteHtml = noteHtml;
        this.changesHtml = changesHtml;
    }

    static IssuePanelView hidden() {
        return HIDDEN;
    }

    public boolean isVisible() {
        return visible;
    }

    /** {@code <dt>label</dt><dd>value</dd>} pairs, escaped. */
    public String getRowsHtml() {
        return rowsHtml;
    }

    /** {@code <li>} items (epics, reasons or commitments), escaped; empty when none. */
    public String getListHtml() {
        return listHtml;
    }

    /** A one-line note under the panel (such as the health and its reason), escaped; empty when none. */
    public String getNoteHtml() {
        return noteHtml;
    }

    /** A section of its own under the panel (the commitment's alert history, "What changed"), escaped; empty when none. */
    public String getChangesHtml() {
        return changesHtml;
    }
}
