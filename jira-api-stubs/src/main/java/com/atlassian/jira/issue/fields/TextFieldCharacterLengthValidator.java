package com.atlassian.jira.issue.fields;

/**
 * Stand-in for {@code com.atlassian.jira.issue.fields.TextFieldCharacterLengthValidator} from {@code com.atlassian.jira:jira-api} (Jira 11.3): checks text field lengths against the site limit; passed on to {@code GenericTextCFType}.
 * Only the members the plugin uses are declared.
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/issue/fields/TextFieldCharacterLengthValidator.html">Jira 10.5.0 javadoc of TextFieldCharacterLengthValidator</a>
 */
public interface TextFieldCharacterLengthValidator {}
