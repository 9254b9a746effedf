package io.github.promisekeeper.jira.mail.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One user's own mail preferences; users who chose nothing have no row and get the site's defaults. */
@Table("MAIL_PREF")
public interface MailPreferenceEntity extends Entity {

    /** Jira's user key: unique, so two saves at once leave one row. */
    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    boolean isImmediateMail();

    void setImmediateMail(boolean immediateMail);

    boolean isDigestMail();

    void setDigestMail(boolean digestMail);

    /** HTML or TEXT. */
    @NotNull
    @StringLength(8)
    String getFormat();

    void setFormat(String format);
}
