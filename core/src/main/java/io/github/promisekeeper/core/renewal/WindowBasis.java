package io.github.promisekeeper.core.renewal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which date of a renewal a window is counted against, and the word that names it in the API, JQL and settings. */
public enum WindowBasis {
    /** The renewal date falls inside the window. */
    RENEWAL_DATE("renewal"),
    /** The notice deadline falls inside the window, or has passed while the renewal is still ahead. */
    NOTICE_DEADLINE("notice");

    private final String word;

    WindowBasis(String word) {
        this.word = word;
    }

    /** The word that names this basis: {@code renewal} or {@code notice}. */
    public String word() {
        return word;
    }

    /** The basis {@code text} names ({@code renewal} or {@code notice}, ignoring case and surrounding blanks); none otherwise. */
    public static Optional<WindowBasis> fromWord(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(basis -> basis.word.equals(wanted))
                .findFirst();
    }
}
