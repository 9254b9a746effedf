package io.github.promisekeeper.core.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMailTest {

    @Test
    void refusesLineBreaksThatWouldAddMailHeaders() {
        assertThatThrownBy(() -> mail("a@example.com\r\nBcc: x@evil.example", "Subject"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail("a@example.com", "Subject\nBcc: x@evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAddressWithoutAnAtSign() {
        assertThatThrownBy(() -> mail("nobody", "Subject")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChosenBodyFollowsTheFormat() {
        assertThat(new OutgoingMail("a@example.com", "A", "S", "<p>h</p>", "t", MailFormat.HTML).chosenBody())
                .isEqualTo("<p>h</p>");
        assertThat(new OutgoingMail("a@example.com", "A", "S", "<p>h</p>", "t", MailFormat.TEXT).chosenBody())
                .isEqualTo("t");
    }

    private static OutgoingMail mail(String to, String subject) {
        return new OutgoingMail(to, "A", subject, "<p>h</p>", "t", MailFormat.HTML);
    }
}
