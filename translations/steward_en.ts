<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>steward::cli</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::rules</name>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ChangesSection</name>
    <message numerus="yes">
        <source>%1: %n object(s) changed.</source>
        <translation>
            <numerusform>%1: %n object changed.</numerusform>
            <numerusform>%1: %n objects changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorsPage</name>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info finding(s)</source>
        <translation>
            <numerusform>%n info finding</numerusform>
            <numerusform>%n info findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionDialog</name>
    <message numerus="yes">
        <source>Choose %n more decider(s).</source>
        <translation>
            <numerusform>Choose %n more decider.</numerusform>
            <numerusform>Choose %n more deciders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::DecisionPanel</name>
    <message numerus="yes">
        <source>Tick %n decider(s) among the attendees.</source>
        <translation>
            <numerusform>Tick %n decider among the attendees.</numerusform>
            <numerusform>Tick %n deciders among the attendees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n decider(s).</source>
        <translation>
            <numerusform>Ready: %n decider.</numerusform>
            <numerusform>Ready: %n deciders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::FindingsDock</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::MeetingSlide</name>
    <message numerus="yes">
        <source>The meeting of %1 is recorded with %n attendee(s).</source>
        <translation>
            <numerusform>The meeting of %1 is recorded with %n attendee.</numerusform>
            <numerusform>The meeting of %1 is recorded with %n attendees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyHistoryView</name>
    <message numerus="yes">
        <source>%n approved version(s), newest first. Select one to read it as it was approved.</source>
        <translation>
            <numerusform>%n approved version, newest first. Select it to read it as it was approved.</numerusform>
            <numerusform>%n approved versions, newest first. Select one to read it as it was approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PreferencesDialog</name>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::RaciPage</name>
    <message numerus="yes">
        <source>⚠ %n activity(s) break the RACI rules:</source>
        <translation>
            <numerusform>⚠ %n activity breaks the RACI rules:</numerusform>
            <numerusform>⚠ %n activities break the RACI rules:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReconcilePage</name>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n server: %1</numerusform>
            <numerusform>%n servers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows %n entry(ies)</source>
        <translation>
            <numerusform>allows %n entry</numerusform>
            <numerusform>allows %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>denies %n entry(ies)</source>
        <translation>
            <numerusform>denies %n entry</numerusform>
            <numerusform>denies %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be compared and are left out; nothing was changed. Correct them and press Reload:</source>
        <translation>
            <numerusform>%n file cannot be compared and is left out; nothing was changed. Correct it and press Reload:</numerusform>
            <numerusform>%n files cannot be compared and are left out; nothing was changed. Correct them and press Reload:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n difference(s) shown</source>
        <translation>
            <numerusform>%1 of %n difference shown</numerusform>
            <numerusform>%1 of %n differences shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewDetailsPanel</name>
    <message numerus="yes">
        <source>⚠ Pilot never graduated: in pilot since %1, and pilots graduate within %n week(s). Make it active or archive it on the Workspaces page.</source>
        <translation>
            <numerusform>⚠ Pilot never graduated: in pilot since %1, and pilots graduate within %n week. Make it active or archive it on the Workspaces page.</numerusform>
            <numerusform>⚠ Pilot never graduated: in pilot since %1, and pilots graduate within %n weeks. Make it active or archive it on the Workspaces page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewTableModel</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ReviewsPage</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pilot(s) never graduated</source>
        <translation>
            <numerusform>%n pilot never graduated</numerusform>
            <numerusform>%n pilots never graduated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — showing %2 of %n item(s)</source>
        <translation>
            <numerusform>%1 — showing %2 of %n item</numerusform>
            <numerusform>%1 — showing %2 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillsPage</name>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::WorkspacesPage</name>
    <message numerus="yes">
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
</TS>
