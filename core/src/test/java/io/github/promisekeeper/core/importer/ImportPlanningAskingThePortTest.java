package io.github.promisekeeper.core.importer;

/** {@link ImportPlanningTest}'s rules when the stored customers are too many to read at once and each is asked of the port. */
class ImportPlanningAskingThePortTest extends ImportPlanningTest {

    @Override
    int preloadLimit() {
        return 0;
    }
}
