package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in for {@code com.atlassian.jira.avatar.AvatarManager} from {@code com.atlassian.jira:jira-api} (Jira 11.3):
 * stores and finds avatars. Only the members the plugin uses are declared; the real methods also declare the
 * unchecked {@code com.atlassian.jira.exception.DataAccessException}, left out here.
 *
 * <p>The 10.5.0 page below could not be read from here. The three methods were checked against
 * testit-tms/jira-plugin ({@code TestCaseIssueType}, built against {@code jira-api} 11.3.6), which creates an
 * issue type icon from a PNG it ships with exactly these calls, and against a public class implementing the
 * whole interface (the {@code IconType} generation, Jira 7.1 and later).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.5.0/com/atlassian/jira/avatar/AvatarManager.html">Jira 10.5.0 javadoc of AvatarManager</a>
 */
public interface AvatarManager {

    /** The avatar with the id, or {@code null} when there is none. */
    Avatar getById(Long avatarId);

    /**
     * Stores a custom avatar of {@code iconType} owned by {@code owner} from the image data, scaled to Jira's
     * avatar sizes.
     *
     * @param selection the part of the image to use, or {@code null} for all of it
     * @throws IOException when the image cannot be read
     */
    Avatar create(
            String fileName,
            String contentType,
            IconType iconType,
            IconOwningObjectId owner,
            InputStream image,
            Selection selection)
            throws IOException;

    /** The id of Jira's default avatar for the icon type. */
    Long getDefaultAvatarId(IconType iconType);
}
