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
    <name>Bookmarks</name>
    <message numerus="yes">
        <source>Not bookmarked: %n bookmarks are the most kept. Remove one first (Bookmarks ▸ Manage Bookmarks…).</source>
        <translation>
            <numerusform>Not bookmarked: %n bookmark is the most kept. Remove it first (Bookmarks ▸ Manage Bookmarks…).</numerusform>
            <numerusform>Not bookmarked: %n bookmarks are the most kept. Remove one first (Bookmarks ▸ Manage Bookmarks…).</numerusform>
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
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repaired</source>
        <translation>
            <numerusform>%n repaired</numerusform>
            <numerusform>%n repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n damaged</numerusform>
            <numerusform>%n damaged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;… and %n more (Show Details).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;… and %n more (Show Details).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;… and %n more (Show Details).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n document(s)</source>
        <translation>
            <numerusform>{done} of %n document</numerusform>
            <numerusform>{done} of %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message numerus="yes">
        <source>%n problem(s) with the library:</source>
        <translation>
            <numerusform>%n problem with the library:</numerusform>
            <numerusform>%n problems with the library:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchMessages</name>
    <message numerus="yes">
        <source>%n result(s), best first. More: “{show_more}”, the list&apos;s last row.</source>
        <translation>
            <numerusform>%n result, best first. More: “{show_more}”, the list&apos;s last row.</numerusform>
            <numerusform>%n results, best first. More: “{show_more}”, the list&apos;s last row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No results in this summary — %n result(s) in the library.</source>
        <translation>
            <numerusform>No results in this summary — %n result in the library.</numerusform>
            <numerusform>No results in this summary — %n results in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n other name(s)</source>
        <translation>
            <numerusform> and %n other name</numerusform>
            <numerusform> and %n other names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n more result(s): {message}</source>
        <translation>
            <numerusform>%n more result: {message}</numerusform>
            <numerusform>%n more results: {message}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message numerus="yes">
        <source>{group}: %n summary(s)</source>
        <translation>
            <numerusform>{group}: %n summary</numerusform>
            <numerusform>{group}: %n summaries</numerusform>
        </translation>
    </message>
</context>
</TS>
