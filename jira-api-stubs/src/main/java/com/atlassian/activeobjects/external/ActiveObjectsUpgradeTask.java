package com.atlassian.activeobjects.external;

/**
 * Stand-in for {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask} from
 * {@code com.atlassian.activeobjects:activeobjects-plugin} (Jira 11.3 bundles Active Objects 6.x): the
 * interface an Active Objects upgrade task implements. Jira's own Jira Software 11.1 javadoc shows classes
 * implementing it with exactly these two methods.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html">activeobjects-plugin 2.0.1 javadoc (older than Jira 11's)</a>
 * @see <a href="https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/upgrade/AOUpgradeTask001.html">Jira Software 11.1 javadoc of an implementation</a>
 * @see <a href="https://developer.atlassian.com/server/framework/atlassian-sdk/upgrading-your-plugin-and-handling-data-model-updates/">Active Objects upgrade tasks guide</a>
 */
public interface ActiveObjectsUpgradeTask {

    /**
     * The model version the database is at once this task has run.
     *
     * @return the target model version
     */
    ModelVersion getModelVersion();

    /**
     * Upgrades the plugin's data model to {@link #getModelVersion()}.
     *
     * @param currentVersion the model version currently in the database
     * @param ao an Active Objects instance not yet associated with any entity
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
