package io.github.promisekeeper.jira.mail;

import io.github.promisekeeper.core.mail.DigestSchedule;
import io.github.promisekeeper.core.mail.MailFormat;
import io.github.promisekeeper.core.mail.MailPreferences;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a Jira administrator chooses for the app's mail: when the weekly digest goes out, whether users who chose
 * nothing get the immediate mails and the digest, and which groups hear of each customer tier's slips.
 *
 * @param tierGroups group names by tier (as customers spell it, compared ignoring case); a tier left out has none
 */
public record MailSettings(
        DigestSchedule digest,
        boolean immediateByDefault,
        boolean digestByDefault,
        Map<String, Set<String>> tierGroups) {

    /** Most tiers an administrator maps; customers rarely have more than a handful. */
    public static final int MAX_TIERS = 50;

    public MailSettings {
        Objects.requireNonNull(digest, "digest");
        Map<String, Set<String>> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tierGroups.forEach((tier, groups) -> {
            if (tier == null || tier.isBlank() || tier.indexOf('\n') >= 0 || tier.indexOf('=') >= 0) {
                throw new IllegalArgumentException("A tier is a name on one line without '=', not '" + tier + "'.");
            }
            Set<String> names = new TreeSet<>();
            for (String group : groups) {
                if (group == null || group.isBlank() || group.indexOf('\n') >= 0 || group.indexOf(',') >= 0) {
                    throw new IllegalArgumentException(
                            "A group is a name without line breaks or commas, not '" + group + "'.");
                }
                names.add(group.strip());
            }
            if (sorted.put(tier.strip(), Collections.unmodifiableSet(names)) != null) {
                throw new IllegalArgumentException("The tier '" + tier + "' is named twice.");
            }
        });
        if (sorted.size() > MAX_TIERS) {
            throw new IllegalArgumentException("At most " + MAX_TIERS + " tiers are mapped to groups.");
        }
        tierGroups = Collections.unmodifiableMap(sorted);
    }

    /** Monday 8:00, both mails on, no tier groups. */
    public static MailSettings defaults() {
        return new MailSettings(DigestSchedule.defaults(), true, true, Map.of());
    }

    /** The groups that hear of slips of customers of {@code tier} (none for a blank tier). */
    public Set<String> groupsOf(String tier) {
        if (tier == null || tier.isBlank()) {
            return Set.of();
        }
        return tierGroups.getOrDefault(tier.strip(), Set.of());
    }

    /** What a user who chose nothing gets. */
    public MailPreferences defaultPreferences() {
        return new MailPreferences(immediateByDefault, digestByDefault, MailFormat.HTML);
    }
}
