<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English is the language of the sources, but "%n strategies" needs its singular: the plural forms of
     the messages whose English changes with the count. Kept by hand; tst_translations checks that each
     message still exists in the sources' catalogues. -->
<TS version="2.1" language="en">
<context>
    <name>corral::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n strategies</source>
        <translation>
            <numerusform>%n strategy</numerusform>
            <numerusform>%n strategies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n strategies?</source>
        <translation>
            <numerusform>Remove %n strategy?</numerusform>
            <numerusform>Remove %n strategies?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>corralctl</name>
    <message numerus="yes">
        <source>except %n holiday dates</source>
        <translation>
            <numerusform>except %n holiday date</numerusform>
            <numerusform>except %n holiday dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open files</source>
        <translation>
            <numerusform>%n open file</numerusform>
            <numerusform>%n open files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
</TS>
