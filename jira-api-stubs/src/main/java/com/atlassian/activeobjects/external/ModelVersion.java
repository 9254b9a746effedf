package com.atlassian.activeobjects.external;

/**
 * Stand-in for {@code com.atlassian.activeobjects.external.ModelVersion} from
 * {@code com.atlassian.activeobjects:activeobjects-plugin} (Jira 11.3 bundles Active Objects 6.x): the
 * final value class holding an Active Objects data-model version, comparable with other versions.
 *
 * <p>Only the members the plugin uses are declared (the real class also has {@code isNewerThan}). Every
 * body throws: behaviour comes from Jira at run time, and tests must not depend on this stand-in.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html">activeobjects-plugin 2.0.1 xref of ModelVersion.java (older than Jira 11's)</a>
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /**
     * Parses a model version.
     *
     * @param version the version as a string of digits; {@code null} stands for version zero
     * @return the model version
     */
    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    @Override
    public int compareTo(ModelVersion other) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /**
     * Whether this version is older than the other.
     *
     * @param other the version to compare with
     * @return {@code true} if this version is older
     */
    public boolean isOlderThan(ModelVersion other) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    /**
     * Whether this version is the same as the other.
     *
     * @param other the version to compare with
     * @return {@code true} if the versions are equal
     */
    public boolean isSame(ModelVersion other) {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("stand-in: provided by Jira at run time");
    }
}
