package io.github.promisekeeper.jira.alert.rest;

import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.jira.web.ReasonTexts;

import java.util.List;

/** JSON of what a check stored: {@code {"raised":[…],"resolved":[…]}}. */
record AlertChangesView(List<AlertView> raised, List<AlertView> resolved) {

    static AlertChangesView from(AlertChanges changes, ReasonTexts reasons) {
        return new AlertChangesView(
                changes.raised().stream()
                        .map(alert -> AlertView.from(alert, reasons))
                        .toList(),
                changes.resolved().stream()
                        .map(alert -> AlertView.from(alert, reasons))
                        .toList());
    }
}
