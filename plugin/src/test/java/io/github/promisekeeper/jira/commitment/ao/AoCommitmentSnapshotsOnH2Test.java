package io.github.promisekeeper.jira.commitment.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoCommitmentSnapshots} through Active Objects 6.1.1 on H2. */
class AoCommitmentSnapshotsOnH2Test extends CommitmentSnapshotsContract {

    @Override
    protected CommitmentSnapshots emptySnapshots() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(TestDatabase.H2.freshEntityManager());
        ao.migrate(DataModel.entities());
        return new AoCommitmentSnapshots(ao);
    }
}
