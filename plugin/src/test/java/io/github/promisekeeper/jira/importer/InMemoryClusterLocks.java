package io.github.promisekeeper.jira.importer;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.Mockito.mock;

/** Cluster locks of a one-node cluster for tests: each name is a real lock shared by every caller. */
public final class InMemoryClusterLocks implements ClusterLockService {

    private final Map<String, ClusterLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> mock(ClusterLock.class, delegatesTo(new ReentrantLock())));
    }
}
