package io.github.promisekeeper.jira.commitment.ao;

import io.github.promisekeeper.ao.embedded.EntityManagerActiveObjects;
import io.github.promisekeeper.core.commitment.CommitmentSnapshots;
import io.github.promisekeeper.jira.ao.upgrade.DataModel;
import io.github.promisekeeper.jira.testing.ao.TestDatabase;

/** {@link AoCommitmentSnapshots} through Active Objects 6.1.1 on PostgreSql. */
class AoCommitmentSnapshotsOnPostgreSqlTest extends CommitmentSnapshotsContract {

    @Override
    protected CommitmentSnapshots emptySnapshots() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(TestDatabase.POSTGRESQL.freshEntityManager());
        ao.migrate(DataModel.entities());
        return new AoCommitmentSnapshots(ao);
    }
}
