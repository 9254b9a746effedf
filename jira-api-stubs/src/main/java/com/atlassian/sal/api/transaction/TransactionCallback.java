package com.atlassian.sal.api.transaction;

/**
 * Stand-in for {@code com.atlassian.sal.api.transaction.TransactionCallback} from
 * {@code com.atlassian.sal:sal-api} (Jira 11.3 / Data Center platform 8): the work to run inside a
 * transaction, for example via Active Objects' {@code executeInTransaction}. The old sal-api 2.0 javadoc
 * shows the raw form; the type parameter {@code <T>} is the one Active Objects' own source uses
 * ({@code <T> T doInTransaction(TransactionCallback<T> callback)}).
 *
 * @param <T> the result type
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html">sal-api 2.0 javadoc (older, pre-generics)</a>
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html">activeobjects-plugin 2.0.1 xref using TransactionCallback&lt;T&gt;</a>
 */
public interface TransactionCallback<T> {

    /**
     * Runs the action in a transaction; a runtime exception rolls it back.
     *
     * @return the optional result, may be {@code null}
     */
    T doInTransaction();
}
