package io.github.promisekeeper.jira.commitment.ao;

import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.core.commitment.InMemoryCommitmentSnapshots;

class InMemoryCommitmentSnapshotsTest extends CommitmentSnapshotsContract {

    @Override
    protected CommitmentSnapshots emptySnapshots() {
        return new InMemoryCommitmentSnapshots();
    }
}
