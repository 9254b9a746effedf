package io.github.promisekeeper.jira.alert.rest;

import com.atlassian.sal.api.user.UserManager;

/** SAL's user manager under a name of its own, for tests that also mock Jira's {@code UserManager}. */
interface SalUserManager extends UserManager {}
