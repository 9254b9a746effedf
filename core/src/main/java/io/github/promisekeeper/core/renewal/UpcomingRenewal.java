package io.github.promisekeeper.core.renewal;

import io.github.promisekeeper.core.customer.CustomerKey;

import java.time.LocalDate;

/** A customer that renews inside a window: when, the last day to give notice, and how many days are left. */
public record UpcomingRenewal(
        CustomerKey customerKey, String customerName, LocalDate renewal, LocalDate noticeDeadline, long daysLeft) {}
