package io.github.promisekeeper.preview.demo;

import io.github.promisekeeper.core.customer.CustomerKey;
import io.github.promisekeeper.core.ticket.IssueKey;
import io.github.promisekeeper.core.ticket.StatusCategory;
import io.github.promisekeeper.core.ticket.Ticket;
import io.github.promisekeeper.core.ticket.TicketPriority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The demo tickets in columns, so that a million of them fit in a few dozen megabytes: the tickets of customer
 * {@code c} are rows {@code first[c]} to {@code first[c + 1] - 1}; a {@link Ticket} is built only when asked for.
 * Filled once by {@link DemoJira}, then {@link #freeze frozen}: the open tickets of each customer are then built
 * once (a radar asks for them on every request; about 70 MB at a million tickets), and only read.
 */
final class DemoTicketTable {

    static final List<String> PROJECTS = List.of("SUP", "ENG");
    static final List<String> TYPES = List.of("Support request", "Bug", "Task", "Improvement");
    private static final List<String> SUBJECTS = List.of(
            "Login fails after password reset",
            "Export to CSV times out",
            "Invoice shows the wrong VAT rate",
            "Dashboard loads slowly",
            "Webhook retries flood the endpoint",
            "Search misses archived items",
            "Mobile app crashes on start",
            "Report totals differ from the API",
            "SAML assertion rejected",
            "Email notifications arrive twice",
            "Audit log misses user deletions",
            "Bulk import stops at row 10,000");
    private static final TicketPriority[] PRIORITIES = TicketPriority.values();
    private static final StatusCategory[] STATUSES = StatusCategory.values();

    private final List<CustomerKey> customers;
    private final int[] first;
    private final byte[] project;
    private final int[] number;
    private final byte[] priority;
    private final byte[] status;
    private final byte[] type;
    private final byte[] subject;
    private final long[] created;
    private final long[] updated;
    private final List<List<Ticket>> openByCustomer = new ArrayList<>();

    DemoTicketTable(List<CustomerKey> customers, int[] ticketsPerCustomer) {
        this.customers = List.copyOf(customers);
        this.first = new int[customers.size() + 1];
        for (int c = 0; c < customers.size(); c++) {
            first[c + 1] = first[c] + ticketsPerCustomer[c];
        }
        int size = first[customers.size()];
        project = new byte[size];
        number = new int[size];
        priority = new byte[size];
        status = new byte[size];
        type = new byte[size];
        subject = new byte[size];
        created = new long[size];
        updated = new long[size];
    }

    int size() {
        return first[customers.size()];
    }

    int firstRow(int customer) {
        return first[customer];
    }

    int endRow(int customer) {
        return first[customer + 1];
    }

    void set(
            int row,
            int projectIndex,
            int issueNumber,
            TicketPriority ticketPriority,
            StatusCategory statusCategory,
            int typeIndex,
            int subjectIndex,
            Instant createdAt,
            Instant updatedAt) {
        project[row] = (byte) projectIndex;
        number[row] = issueNumber;
        priority[row] = (byte) ticketPriority.ordinal();
        status[row] = (byte) statusCategory.ordinal();
        type[row] = (byte) typeIndex;
        subject[row] = (byte) subjectIndex;
        created[row] = createdAt.getEpochSecond();
        updated[row] = updatedAt.getEpochSecond();
    }

    static int subjects() {
        return SUBJECTS.size();
    }

    boolean isOpen(int row) {
        return status[row] != StatusCategory.DONE.ordinal();
    }

    String projectOf(int row) {
        return PROJECTS.get(project[row]);
    }

    /** Builds each customer's open tickets; called once, after every row is {@link #set}. */
    void freeze() {
        if (!openByCustomer.isEmpty()) {
            throw new IllegalStateException("The demo tickets are frozen already.");
        }
        for (int customer = 0; customer < customers.size(); customer++) {
            List<Ticket> open = new ArrayList<>();
            for (int row = first[customer]; row < first[customer + 1]; row++) {
                if (isOpen(row)) {
                    open.add(ticket(customer, row));
                }
            }
            openByCustomer.add(List.copyOf(open));
        }
    }

    /** The open tickets of customer {@code c} in the projects {@code inScope} accepts. */
    void openTicketsOf(int customer, Predicate<String> inScope, Consumer<Ticket> sink) {
        for (Ticket ticket : openByCustomer.get(customer)) {
            if (inScope.test(ticket.key().project())) {
                sink.accept(ticket);
            }
        }
    }

    /** The ticket with this key, if the demo has one. */
    Optional<Ticket> find(IssueKey key) {
        int projectIndex = PROJECTS.indexOf(key.project());
        if (projectIndex < 0) {
            return Optional.empty();
        }
        // Numbers grow with the row inside each project, so a binary search over a project's rows would do;
        // a browse page asks for one ticket, so a scan keeps this simple.
        for (int row = 0; row < size(); row++) {
            if (project[row] == projectIndex && number[row] == key.number()) {
                return Optional.of(ticket(customerOfRow(row), row));
            }
        }
        return Optional.empty();
    }

    private int customerOfRow(int row) {
        int low = 0;
        int high = customers.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (first[middle] <= row) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private Ticket ticket(int customer, int row) {
        return new Ticket(
                new IssueKey(projectOf(row), number[row]),
                customers.get(customer),
                SUBJECTS.get(subject[row]),
                PRIORITIES[priority[row]],
                STATUSES[status[row]],
                TYPES.get(type[row]),
                Instant.ofEpochSecond(created[row]),
                Instant.ofEpochSecond(updated[row]));
    }
}
