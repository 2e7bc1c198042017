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
        <location filename="../ui/connectors/connectorspage.cpp" line="262"/>
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>steward::ui::SkillsPage</name>
    <message numerus="yes">
        <location filename="../ui/skills/skillspage.cpp" line="243"/>
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
        <location filename="../ui/workspaces/workspacespage.cpp" line="262"/>
        <source>%n recorded review(s)</source>
        <translation>
            <numerusform>%n recorded review</numerusform>
            <numerusform>%n recorded reviews</numerusform>
        </translation>
    </message>
</context>
</TS>
