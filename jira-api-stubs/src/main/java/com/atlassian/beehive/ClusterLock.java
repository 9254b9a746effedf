package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for {@code com.atlassian.beehive.ClusterLock} from {@code com.atlassian.beehive:beehive-api}
 * (Jira 11.3 / Data Center platform 8): a named, cluster-wide {@link Lock} obtained from
 * {@link ClusterLockService}. Only the {@link Lock} methods are available here; the members Atlassian's
 * interface adds itself (for example {@code isHeldByCurrentThread()}) are not declared because the plugin
 * does not use them. Not re-entrant; {@code newCondition()} is unsupported in the real implementations.
 *
 * @see <a href="https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html">beehive 0.0.8 javadoc (older than Jira 11's)</a>
 */
public interface ClusterLock extends Lock {}
