<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutWords</name>
    <message numerus="yes">
        <source>%n summaries ({held});</source>
        <translation>
            <numerusform>%n summary ({held});</numerusform>
            <numerusform>%n summaries ({held});</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dictionary terms.</source>
        <translation>
            <numerusform>%n dictionary term.</numerusform>
            <numerusform>%n dictionary terms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeMarks</name>
    <message numerus="yes">
        <source>%n passage(s) added or changed at the last update, underlined with dashes.</source>
        <translation>
            <numerusform>%n passage added or changed at the last update, underlined with dashes.</numerusform>
            <numerusform>%n passages added or changed at the last update, underlined with dashes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitationPopover</name>
    <message numerus="yes">
        <source>Reference(s) {numbers}</source>
        <translation>
            <numerusform>Reference {numbers}</numerusform>
            <numerusform>References {numbers}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message numerus="yes">
        <source>%n summary(s) could not be opened:</source>
        <translation>
            <numerusform>%n summary could not be opened:</numerusform>
            <numerusform>%n summaries could not be opened:</numerusform>
        </translation>
    </message>
</context>
</TS>
