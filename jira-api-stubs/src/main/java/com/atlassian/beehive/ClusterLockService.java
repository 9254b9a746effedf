package com.atlassian.beehive;

/**
 * Stand-in for {@code com.atlassian.beehive.ClusterLockService} from {@code com.atlassian.beehive:beehive-api}
 * (Jira 11.3 / Data Center platform 8): the service handing out cluster-wide locks by name. Lock names
 * may be up to 255 characters and should be namespaced (reverse DNS).
 *
 * @see <a href="https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html">beehive 0.0.6 javadoc (older than Jira 11's)</a>
 */
public interface ClusterLockService {

    /**
     * Returns the cluster-wide lock with the given name (acquiring it is up to the caller).
     *
     * @param lockName the globally unique lock name
     * @return the lock
     */
    ClusterLock getLockForName(String lockName);
}
