package io.github.promisekeeper.jira.alert.ao;

import io.github.promisekeeper.core.alert.EpicState;
import io.github.promisekeeper.core.customer.ContractStatus;
import io.github.promisekeeper.core.ticket.IssueKey;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lists a recorded state keeps in one text column: its epics, one a line ({@code SSO-1 2027-03-01 -}: key,
 * forecast, due date, {@code -} for none), and its contracts, one a line ({@code ACTIVE C-1}: status, then the id
 * URL-encoded, since ids are free text).
 */
final class StateTexts {

    private static final String NONE = "-";

    private StateTexts() {}

    static String epics(List<EpicState> epics) {
        StringBuilder text = new StringBuilder();
        for (EpicState epic : epics) {
            text.append(epic.epic())
                    .append(' ')
                    .append(date(epic.forecast()))
                    .append(' ')
                    .append(date(epic.due()))
                    .append('\n');
        }
        return text.toString();
    }

    static List<EpicState> epics(String text) {
        List<EpicState> epics = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(" ");
            epics.add(new EpicState(IssueKey.of(parts[0]), date(parts[1]), date(parts[2])));
        }
        return epics;
    }

    static String contracts(Map<String, ContractStatus> contracts) {
        StringBuilder text = new StringBuilder();
        contracts.forEach((id, status) -> text.append(status.name())
                .append(' ')
                .append(URLEncoder.encode(id, StandardCharsets.UTF_8))
                .append('\n'));
        return text.toString();
    }

    static Map<String, ContractStatus> contracts(String text) {
        Map<String, ContractStatus> contracts = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int space = line.indexOf(' ');
            contracts.put(
                    URLDecoder.decode(line.substring(space + 1), StandardCharsets.UTF_8),
                    ContractStatus.valueOf(line.substring(0, space)));
        }
        return contracts;
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(NONE);
    }

    private static Optional<LocalDate> date(String text) {
        return NONE.equals(text) ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }
}
