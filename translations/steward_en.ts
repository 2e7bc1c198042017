<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>steward::cli</name>
    <message numerus="yes">
        <location filename="../core/cli/cli.cpp" line="161"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::ConnectorsPage</name>
    <message numerus="yes">
        <location filename="../ui/connectors/connectorspage.cpp" line="113"/>
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::PolicyHistoryView</name>
    <message numerus="yes">
        <location filename="../ui/policy/policyhistoryview.cpp" line="85"/>
        <source>%n approved version(s), newest first. Select one to read it as it was approved.</source>
        <translation>
            <numerusform>%n approved version, newest first. Select it to read it as it was approved.</numerusform>
            <numerusform>%n approved versions, newest first. Select one to read it as it was approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillsPage</name>
    <message numerus="yes">
        <location filename="../ui/skills/skillspage.cpp" line="94"/>
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
        <location filename="../ui/workspaces/workspacespage.cpp" line="113"/>
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
</TS>
