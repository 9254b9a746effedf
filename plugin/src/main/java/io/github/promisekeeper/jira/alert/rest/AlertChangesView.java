package io.github.promisekeeper.jira.alert.rest;

import io.github.promisekeeper.core.alert.AlertChanges;
import io.github.promisekeeper.jira.alert.AlertTexts;

import java.util.List;

/** JSON of what a check stored: {@code {"raised":[…],"resolved":[…]}}. */
record AlertChangesView(List<AlertView> raised, List<AlertView> resolved) {

    static AlertChangesView from(AlertChanges changes, AlertTexts texts) {
        return new AlertChangesView(
                changes.raised().stream()
                        .map(alert -> AlertView.from(alert, texts))
                        .toList(),
                changes.resolved().stream()
                        .map(alert -> AlertView.from(alert, texts))
                        .toList());
    }
}
