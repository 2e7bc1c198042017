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
