package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for the REST v2 access annotation {@code com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess}
 * from {@code com.atlassian.plugins:atlassian-rest-v2-api} (Jira 10+/11.3, Data Center platform 7/8).
 * Permits access to licensed users, to unlicensed users where limited unlicensed access is enabled, and to anonymous users where anonymous access is enabled for the site.
 *
 * <p>Runtime retention, as the REST filter reads it by reflection. The target is declared as resource
 * classes and resource methods, where public plugins use it; whether Atlassian's annotation also allows
 * {@code PACKAGE} could not be confirmed, so the stand-in is the narrower of the two.
 *
 * @see <a href="https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/">Prepare your Data Center app to comply with secure endpoint defaults (platform 7 and later)</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {}
