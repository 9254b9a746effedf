package io.github.promisekeeper.jira.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrCloseAnAttribute() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\" `t`"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;&#47;script&gt; &amp; &quot;q&quot; &#96;t&#96;");
    }

    @Test
    void leavesPlainTextAloneAndTurnsNullIntoEmptyText() {
        assertThat(Html.escape("Acme Corp, 90 days")).isEqualTo("Acme Corp, 90 days");
        assertThat(Html.escape(null)).isEmpty();
    }
}
