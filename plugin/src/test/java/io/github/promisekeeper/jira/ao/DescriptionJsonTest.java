package io.github.promisekeeper.jira.ao;

import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionJsonTest {

    @Test
    void readsBackEveryKindOfArgumentAsItWasWritten() {
        Description description = Description.of(
                Reason.of(ReasonKey.HISTORY_CREATED, "ACME", "O'Brien \"{0}\" <b>", 3),
                Reason.of(ReasonKey.OPEN_TICKETS, 12_000_000_000L),
                Reason.of(ReasonKey.FORECAST_DONE, LocalDate.parse("2027-03-01")),
                Reason.of(
                        ReasonKey.HISTORY_CONTRACT_CHANGED,
                        "C-1",
                        Reason.of(
                                ReasonKey.HISTORY_LIST,
                                Reason.of(
                                        ReasonKey.HISTORY_VALUE,
                                        Reason.of(ReasonKey.HISTORY_NONE),
                                        Reason.of(ReasonKey.HISTORY_AMOUNT, "99.00 USD")),
                                Reason.of(
                                        ReasonKey.HISTORY_AUTO_RENEW,
                                        Reason.of(ReasonKey.HISTORY_TRUE),
                                        Reason.of(ReasonKey.HISTORY_FALSE)))));

        assertThat(DescriptionJson.read(DescriptionJson.write(description))).contains(description);
    }

    @Test
    void readsWhatItCannotUnderstandAsNothing() {
        assertThat(List.of(
                        "",
                        "not json",
                        "[]",
                        "{\"parts\":[]}",
                        "{\"format\":2,\"parts\":[]}",
                        "{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.unknown\",\"args\":[]}]}",
                        "{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.forecast.done\","
                                + "\"args\":[{\"date\":\"2027-02-30\"}]}]}",
                        "{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.text\",\"args\":[true]}]}",
                        "{\"format\":1,\"parts\":[{\"key\":\"promise-keeper.reason.text\"}]}"))
                .allSatisfy(
                        json -> assertThat(DescriptionJson.read(json)).as(json).isEmpty());
        assertThat(DescriptionJson.read(null)).isEmpty();
    }

    @Test
    void writesNothingForADescriptionLongerThanTheColumnKeeps() {
        Description huge = Description.of(Reason.text("x".repeat(DescriptionJson.MAX_LENGTH)));

        assertThat(DescriptionJson.write(huge)).isNull();
        assertThat(DescriptionJson.write(null)).isNull();
    }
}
