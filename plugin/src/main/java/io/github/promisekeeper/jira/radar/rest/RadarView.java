package io.github.promisekeeper.jira.radar.rest;

import io.github.promisekeeper.core.radar.Flag;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.TicketOverview;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;
import io.github.promisekeeper.jira.commitment.rest.CommitmentView;
import io.github.promisekeeper.jira.web.Labels;
import io.github.promisekeeper.jira.web.ReasonTexts;
import io.github.promisekeeper.jira.web.ValueView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of {@code GET /radar}: the window asked for and the customers in it ranked by risk, each with
 * its flags' reasons (in the viewer's language), open tickets and commitments. Money (customer value, total, commitment values) is
 * absent for viewers without the money right.
 */
record RadarView(
        LocalDate today,
        int days,
        String basis,
        String scope,
        boolean truncated,
        int total,
        ValueView totalValue,
        List<Customer> customers) {

    /** One customer on the radar. */
    record Customer(
            String key,
            String name,
            LocalDate renewal,
            LocalDate noticeDeadline,
            long daysLeft,
            String state,
            ValueView value,
            String risk,
            int score,
            List<String> reasons,
            List<FlagView> flags,
            OpenTickets openTickets,
            List<CommitmentView> commitments) {

        static Customer from(RadarEntry entry, ReasonTexts texts) {
            // A flag makes its reason when asked: ask once per flag shown.
            List<FlagView> flags = entry.flags().stream()
                    .map(flag -> FlagView.from(flag, texts))
                    .toList();
            return new Customer(
                    entry.customer().value(),
                    entry.customerName(),
                    entry.renewal(),
                    entry.noticeDeadline(),
                    entry.daysLeft(),
                    Labels.of(entry.renewalState()),
                    entry.annualValue().map(ValueView::from).orElse(null),
                    Labels.of(entry.risk()),
                    entry.score(),
                    flags.stream().map(FlagView::reason).toList(),
                    flags,
                    OpenTickets.from(entry.tickets()),
                    entry.commitments().stream()
                            .map(commitment -> CommitmentView.from(commitment, texts))
                            .toList());
        }
    }

    /** A flag: what kind, how many risk points, and why. */
    record FlagView(String kind, int points, String reason) {
        static FlagView from(Flag flag, ReasonTexts texts) {
            return new FlagView(Labels.of(flag.kind()), flag.points(), texts.of(flag.why()));
        }
    }

    /** Open tickets: the count, the count per priority (most urgent first) and the most urgent few. */
    record OpenTickets(int total, Map<String, Integer> byPriority, List<TicketView> top) {
        static OpenTickets from(TicketOverview overview) {
            Map<String, Integer> byPriority = new LinkedHashMap<>();
            for (TicketPriority priority : TicketPriority.values()) {
                if (overview.open(priority) > 0) {
                    byPriority.put(priority.label(), overview.open(priority));
                }
            }
            return new OpenTickets(
                    overview.openTotal(),
                    byPriority,
                    overview.mostUrgent().stream().map(TicketView::from).toList());
        }
    }

    /** One ticket: only what the radar shows, never its content. */
    record TicketView(String key, String summary, String priority, String status, String type, String updated) {
        static TicketView from(Ticket ticket) {
            return new TicketView(
                    ticket.key().toString(),
                    ticket.summary(),
                    ticket.priority().label(),
                    Labels.of(ticket.statusCategory()),
                    ticket.type(),
                    ticket.updated().toString());
        }
    }

    static RadarView from(RadarReport report, String scope, int limit, ReasonTexts texts) {
        List<RadarEntry> entries = report.entries();
        return new RadarView(
                report.window().today(),
                report.window().days(),
                report.basis().word(),
                scope,
                report.truncated(),
                entries.size(),
                report.totalValue().map(ValueView::from).orElse(null),
                entries.stream()
                        .limit(limit)
                        .map(entry -> Customer.from(entry, texts))
                        .toList());
    }
}
